# A fixed-point PID controller (1/1000 units) driving a first-order plant for 100,000 steps, the
# setpoint changing every 10,000 steps; integral clamped (anti-windup), output clamped.
from micropython import const

KP = const(1200)
KI = const(150)
KD = const(300)
OUT_MAX = const(100_000)
INTEGRAL_MAX = const(500_000)


def tdiv(a, b):
    # Division truncating toward zero, as the C/Java original does.
    return a // b if a >= 0 else -(-a // b)


class Pid:
    def __init__(self):
        self.integral = 0
        self.previous_error = 0

    def step(self, setpoint, measured):
        error = setpoint - measured
        integral = self.integral + error
        if integral > INTEGRAL_MAX:
            integral = INTEGRAL_MAX
        elif integral < -INTEGRAL_MAX:
            integral = -INTEGRAL_MAX
        self.integral = integral
        derivative = error - self.previous_error
        self.previous_error = error
        output = tdiv(KP * error + tdiv(KI * integral, 10) + KD * derivative, 1000)
        return max(-OUT_MAX, min(OUT_MAX, output))


def main():
    pid = Pid()
    plant = 0
    abs_error_sum = 0
    setpoint = 0
    for t in range(100_000):
        if t % 10_000 == 0:
            setpoint = 20_000 if (t // 10_000) % 2 == 0 else -5_000
        output = pid.step(setpoint, plant)
        plant += tdiv(output - plant, 16)
        abs_error_sum += abs(setpoint - plant)
    print("plant %d, integral %d, sum |error| %d" % (plant, pid.integral, abs_error_sum))
