package dev.jmpy.processor.check;

/** One concern's rejections, on the Java source of a class before it is translated. */
interface Check {
  void run(CheckContext context);
}
