package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * ++, -- and compound assignments of fields, static fields and array elements used inside
 * expressions, in Java's evaluation order; chained assignments to fields.
 */
@MicroPython
public class EffectsInExpressions {
  static int nextId = 100;
  static List<String> trace = new ArrayList<>();

  int top = -1;
  int[] stack = new int[8];
  int size;
  String[] names = new String[4];
  char letter = 'a';
  byte small = 126;
  long big = Long.MAX_VALUE - 1;
  EffectsInExpressions prev;
  EffectsInExpressions next;
  String tag;

  EffectsInExpressions(String tag) {
    this.tag = tag;
  }

  void push(int x) {
    stack[++top] = x;
  }

  int pop() {
    return stack[top--];
  }

  int peek() {
    return stack[top];
  }

  void add(String name) {
    names[size++] = name;
  }

  static int newId() {
    return nextId++;
  }

  static int t(String label, int value) {
    trace.add(label + value);
    return value;
  }

  public static void main(String[] args) {
    EffectsInExpressions s = new EffectsInExpressions("s");
    s.push(1);
    s.push(2);
    s.push(3);
    System.out.println(s.pop() + " " + s.pop() + " top=" + s.top + " peek=" + s.peek());
    s.add("x");
    s.add("y");
    System.out.println(s.names[0] + s.names[1] + " size=" + s.size);
    System.out.println(newId() + " " + newId() + " " + ++nextId + " " + nextId--);
    System.out.println("letters " + s.letter++ + s.letter + (++s.letter) + " small " + s.small++
        + " " + s.small++ + " " + s.small + " big " + ++s.big + " " + ++s.big);

    // chained assignments to fields, elements and statics
    EffectsInExpressions a = new EffectsInExpressions("a");
    EffectsInExpressions b = new EffectsInExpressions("b");
    a.next = b.prev = a.prev = b;
    System.out.println(a.next.tag + a.prev.tag + b.prev.tag);
    a.next = b.prev = null;
    System.out.println((a.next == null) + " " + (b.prev == null));
    int[] arr = new int[3];
    arr[0] = arr[1] = arr[2] = Other.count = 7;
    System.out.println(arr[0] + arr[1] + arr[2] + " " + Other.count);

    // order: what stands left is evaluated first
    int[] data = {10, 20, 30};
    int i = 0;
    int j = 2;
    data[i] += data[j]--;
    System.out.println(data[0] + " " + data[2]);
    data[1] += data[1]++;
    System.out.println(data[1]);
    int total = t("a", 1) + s.top++ + t("b", 2) + s.top;
    System.out.println(total + " top=" + s.top + " " + trace);
    trace.clear();
    data[t("i", 0)] = data[t("j", 1)] = t("v", 5);
    System.out.println(data[0] + " " + data[1] + " " + trace);

    // compound assignments as values
    s.size = 100;
    int q = (s.size /= 7) + (s.size %= 4);
    System.out.println(q + " " + s.size);
    s.size = -64;
    System.out.println((s.size >>= 2) + " " + (s.size >>>= 28) + " " + (s.size <<= 3) + " "
        + (s.size ^= 5) + " " + (s.size |= 64) + " " + (s.size &= 0x3C));
    String text = (s.tag += "!") + (s.tag += "?");
    System.out.println(text + " " + s.tag);
    Other.count = 1;
    long sum = Other.count += 4;
    System.out.println(sum + " " + Other.count + " " + (Other.count *= 3) + " " + Other.count++
        + " " + Other.count);

    // only when Java evaluates them
    s.top = 0;
    boolean taken = s.top > 0 && s.stack[s.top++] == 0;
    String picked = s.top == 0 ? "zero" + s.top++ : "more" + s.top--;
    System.out.println(taken + " " + picked + " top=" + s.top);
    int[] zeros = {3, 2, 0, 5};
    s.size = 0;
    int seen = 0;
    while (zeros[s.size++] != 0) {
      seen++;
    }
    System.out.println("seen " + seen + " size=" + s.size);

    // in lambdas
    IntSupplier ids = () -> nextId++;
    Supplier<String> grow = () -> s.tag += "+";
    System.out.println(ids.getAsInt() + " " + ids.getAsInt() + " " + grow.get() + " " + grow.get()
        + " " + nextId);
  }
}

@MicroPython
class Other {
  static int count;
}
