package bench;

import dev.jmpy.annotations.MicroPython;

/**
 * A fixed-point PID controller (values in 1/1000 units) driving a first-order plant for 100,000
 * steps, the setpoint changing every 10,000 steps; integral clamped (anti-windup), output clamped.
 */
@MicroPython
public class Pid {
  static final int KP = 1200; // 1.2
  static final int KI = 150; // 0.15
  static final int KD = 300; // 0.3
  static final int OUT_MAX = 100_000;
  static final int INTEGRAL_MAX = 500_000;

  int integral;
  int previousError;

  int step(int setpoint, int measured) {
    int error = setpoint - measured;
    integral += error;
    if (integral > INTEGRAL_MAX) {
      integral = INTEGRAL_MAX;
    } else if (integral < -INTEGRAL_MAX) {
      integral = -INTEGRAL_MAX;
    }
    int derivative = error - previousError;
    previousError = error;
    int output = (KP * error + KI * integral / 10 + KD * derivative) / 1000;
    return Math.max(-OUT_MAX, Math.min(OUT_MAX, output));
  }

  public static void main(String[] args) {
    Pid pid = new Pid();
    int plant = 0;
    long absErrorSum = 0;
    int setpoint = 0;
    for (int t = 0; t < 100_000; t++) {
      if (t % 10_000 == 0) {
        setpoint = (t / 10_000 % 2 == 0) ? 20_000 : -5_000;
      }
      int output = pid.step(setpoint, plant);
      plant += (output - plant) / 16;
      absErrorSum += Math.abs(setpoint - plant);
    }
    System.out.println("plant " + plant + ", integral " + pid.integral + ", sum |error| " + absErrorSum);
  }
}
