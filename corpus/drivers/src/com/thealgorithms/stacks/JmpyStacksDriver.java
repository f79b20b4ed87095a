package com.thealgorithms.stacks;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.Stack;

/** Drives the stack algorithms of TheAlgorithms/Java: brackets, notations, spans, windows. */
@MicroPython
public class JmpyStacksDriver {
  public static void main(String[] args) {
    String[] brackets = {"([]{})", "([)]", "((()", "", "{[<>]}"};
    for (String b : brackets) {
      System.out.println("[" + b + "] balanced " + BalancedBrackets.isBalanced(b)
          + " valid " + ValidParentheses.isValid(b.replace("<", "(").replace(">", ")")));
    }
    System.out.println("duplicate brackets: " + DuplicateBrackets.check("((a+b))") + " "
        + DuplicateBrackets.check("(a+(b))"));
    System.out.println("celebrity: " + CelebrityFinder.findCelebrity(new int[][] {{0, 1, 0}, {0, 0, 0}, {0, 1, 0}}));
    System.out.println("255 in bases: " + DecimalToAnyUsingStack.convert(255, 2) + " "
        + DecimalToAnyUsingStack.convert(255, 8) + " " + DecimalToAnyUsingStack.convert(255, 16));
    System.out.println("largest rectangle: " + LargestRectangle.largestRectangleHistogram(new int[] {2, 1, 5, 6, 2, 3}));
    int[] values = {10, 20, 30, 50, 10, 70, 30};
    System.out.println("max of min: " + Arrays.toString(MaximumMinimumWindow.calculateMaxOfMin(values, values.length)));
    System.out.println("next greater: " + Arrays.toString(NextGreaterElement.findNextGreaterElements(new int[] {4, 5, 2, 25})));
    System.out.println("next smaller: " + Arrays.toString(NextSmallerElement.findNextSmallerElements(new int[] {4, 8, 5, 2, 25})));
    System.out.println("spans: " + Arrays.toString(StockSpanProblem.calculateSpan(new int[] {100, 80, 60, 70, 60, 75, 85})));
    System.out.println("rain: " + TrappingRainwater.trap(new int[] {0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}));
    System.out.println("postfix: " + PostfixEvaluator.evaluatePostfix("5 6 + 2 *") + " "
        + StackPostfixNotation.postfixEvaluate("4 26 + 5 -") + " "
        + StackPostfixNotation.postfixEvaluate("10 3 / 7 *"));
    System.out.println("prefix: " + PrefixEvaluator.evaluatePrefix("+ 9 * 3 4"));
    System.out.println("postfix to infix: " + PostfixToInfix.getPostfixToInfix("ABC*+D/") + " "
        + PostfixToInfix.isValidPostfixExpression("AB+") + " " + PostfixToInfix.isValidPostfixExpression("A+"));
    System.out.println("prefix to infix: " + PrefixToInfix.getPrefixToInfix("*+AB-CD"));
    System.out.println("infix to postfix: " + InfixToPostfix.infix2PostFix("a+b*(c^d-e)^(f+g*h)-i"));
    System.out.println("infix to prefix: " + InfixToPrefix.infix2Prefix("(a+b)*c-d/e"));
    Stack<Integer> stack = new Stack<>();
    for (int v : new int[] {34, 3, 31, 98, 92, 23}) {
      stack.push(v);
    }
    SortStack.sortStack(stack);
    System.out.println("sorted stack: " + stack);
  }
}
