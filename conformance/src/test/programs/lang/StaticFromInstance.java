package lang;

import dev.jmpy.annotations.MicroPython;

/** Instance methods and constructors that read and write static fields and call static methods. */
@MicroPython
public class StaticFromInstance {
  static int created = 0;
  static String log = "";
  int id;

  StaticFromInstance() {
    created++;
    id = created;
    note("new " + id);
  }

  static void note(String s) {
    log += s + ";";
  }

  void touch() {
    created += 100;
    note("touch " + id);
  }

  int idPlusCreated() {
    return id + created + StaticFromInstance.created;
  }

  public static void main(String[] args) {
    StaticFromInstance a = new StaticFromInstance();
    StaticFromInstance b = new StaticFromInstance();
    System.out.println("created = " + created + ", ids " + a.id + " " + b.id);
    a.touch();
    System.out.println("created = " + created);
    System.out.println("b.idPlusCreated() = " + b.idPlusCreated());
    System.out.println("log = " + log);
  }
}
