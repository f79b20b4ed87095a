package lang;

import dev.jmpy.annotations.MicroPython;

/** Locals named like Python keywords. */
@MicroPython
public class KeywordLocals {
  public static void main(String[] args) {
    int None = 1;
    int def = 2;
    int pass = 3;
    int in = 4;
    int is = 5;
    int from = 6;
    int lambda = 7;
    int and = 8;
    int or = 9;
    int not = 10;
    int del = 11;
    int elif = 12;
    int except = 13;
    int raise = 14;
    int with = 15;
    int yield = 16;
    int global = 17;
    int nonlocal = 18;
    int True = 19;
    int False = 20;
    int async = 21;
    int await = 22;
    int as = 23;
    int None2 = None + def;
    System.out.println("None = " + None + ", def = " + def + ", pass = " + pass);
    System.out.println("in = " + in + ", is = " + is + ", from = " + from + ", lambda = " + lambda);
    System.out.println("and = " + and + ", or = " + or + ", not = " + not + ", del = " + del);
    System.out.println("elif = " + elif + ", except = " + except + ", raise = " + raise);
    System.out.println("with = " + with + ", yield = " + yield + ", global = " + global);
    System.out.println("nonlocal = " + nonlocal + ", True = " + True + ", False = " + False);
    System.out.println("async = " + async + ", await = " + await + ", as = " + as);
    System.out.println("None2 = " + None2);
    boolean ok = True > False;
    System.out.println("True > False is " + ok);
    System.out.println("sum = " + (None + def + pass + in + is + from + lambda + and + or + not
        + del + elif + except + raise + with + yield + global + nonlocal + True + False + async
        + await + as));
  }
}
