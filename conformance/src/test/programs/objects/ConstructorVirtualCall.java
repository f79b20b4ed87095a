package objs;

import dev.jmpy.annotations.MicroPython;

/** A superclass constructor calling an overridden method sees the subclass's fields still at their defaults. */
@MicroPython
public class ConstructorVirtualCall {
  abstract static class Widget {
    protected String summary;

    Widget() {
      summary = "built as " + kind() + " size " + size();
    }

    abstract String kind();

    int size() {
      return 1;
    }
  }

  static class Button extends Widget {
    private String label = "OK";
    private int width = 80;

    Button() {
      super();
    }

    Button(String label) {
      this.label = label;
    }

    @Override
    String kind() {
      return "button[" + label + "]";
    }

    @Override
    int size() {
      return width;
    }
  }

  static class Panel extends Widget {
    @Override
    String kind() {
      return "panel";
    }
  }

  public static void main(String[] args) {
    Button b = new Button();
    System.out.println(b.summary);
    System.out.println("after construction: " + b.kind() + " size " + b.size());
    Button c = new Button("Cancel");
    System.out.println(c.summary);
    System.out.println("after construction: " + c.kind() + " size " + c.size());
    Widget p = new Panel();
    System.out.println(p.summary);
  }
}
