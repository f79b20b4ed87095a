package dev.jmpy.machine;

import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;
import dev.jmpy.board.internal.PinIds;

/**
 * {@code machine.PWM}: an LEDC channel on a pin. The duty reads back at the timer's resolution,
 * as on the ESP32 ({@code duty_u16(1000)} at 5 kHz reads 1000; at 13-bit resolution the low 3
 * bits are lost). On the JVM each change is recorded with its time.
 */
@PyModule("machine")
public class PWM {
  private final int pin;

  /** {@code machine.PWM(pin)}: 5 kHz, duty_u16 32768 (the port's defaults). */
  public PWM(Pin pin) {
    this.pin = PinIds.of(pin);
    Hw.get().analog.pwmInit(this.pin, -1, -1, -1, -1);
  }

  /** {@code machine.PWM(pin, freq=hz)}. */
  public PWM(Pin pin, @PyKeyword("freq") int freq) {
    this.pin = PinIds.of(pin);
    Hw.get().analog.pwmInit(this.pin, freq, -1, -1, -1);
  }

  /** {@code machine.PWM(pin, freq=hz, duty_u16=d)}. */
  public PWM(Pin pin, @PyKeyword("freq") int freq, @PyKeyword("duty_u16") int dutyU16) {
    this.pin = PinIds.of(pin);
    Hw.get().analog.pwmInit(this.pin, freq, dutyU16, -1, -1);
  }

  /** {@code pwm.init(freq=hz, duty_u16=d)}. */
  public void init(@PyKeyword("freq") int freq, @PyKeyword("duty_u16") int dutyU16) {
    Hw.get().analog.pwmInit(pin, freq, dutyU16, -1, -1);
  }

  /** {@code pwm.freq()}. */
  public int freq() {
    return Hw.get().analog.pwmFreq(pin);
  }

  /** {@code pwm.freq(hz)}: 1 Hz to 40 MHz. */
  public void freq(int hz) {
    Hw.get().analog.pwmFreq(pin, hz);
  }

  /** {@code pwm.duty_u16()}: 0..65535. */
  public int dutyU16() {
    return Hw.get().analog.pwmDutyU16(pin);
  }

  /** {@code pwm.duty_u16(d)}: 0..65535 (65535 is fully on). */
  public void dutyU16(int d) {
    Hw.get().analog.pwmDutyU16(pin, d);
  }

  /** {@code pwm.duty_ns()}: the high time in ns. */
  public int dutyNs() {
    return Hw.get().analog.pwmDutyNs(pin);
  }

  /** {@code pwm.duty_ns(ns)}. */
  public void dutyNs(int ns) {
    Hw.get().analog.pwmDutyNs(pin, ns);
  }

  /** {@code pwm.duty()}: legacy 0..1023. */
  public int duty() {
    return Hw.get().analog.pwmDuty(pin);
  }

  /** {@code pwm.duty(d)}: legacy 0..1023. */
  public void duty(int d) {
    Hw.get().analog.pwmDuty(pin, d);
  }

  /** {@code pwm.deinit()}: stops the output. */
  public void deinit() {
    Hw.get().analog.pwmDeinit(pin);
  }
}
