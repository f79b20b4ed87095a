package dev.jmpy.board.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * The ESP32's ADC and LEDC PWM as machine.ADC and machine.PWM see them.
 *
 * <p>ADC: an ideal linear converter over each attenuation's calibrated range (0 dB 950 mV,
 * 2.5 dB 1250 mV, 6 dB 1750 mV, 11 dB 2450 mV, the ranges MicroPython's ESP32 docs give), 12 bits,
 * saturating; {@code read_u16} scales as ports/esp32/machine_adc.c does ({@code raw << 4 | raw >> 8}
 * at 12 bits), {@code read_uv} is whole millivolts times 1000 (the port multiplies ESP-IDF's mV
 * calibration by 1000). The default attenuation is the port's: 11 dB.
 *
 * <p>PWM: ports/esp32/machine_pwm.c's arithmetic: the timer's duty resolution from the 80 MHz
 * APB clock (1 MHz REF_TICK below 10 Hz), capped at 16 bits; duty_u16 65535 means 65536; the
 * channel keeps duty &gt;&gt; (16 - resolution) and reads back shifted up. freq() reads back the
 * frequency asked for (the board reports the divider's exact frequency, which can differ for
 * frequencies that do not divide the clock).
 */
public final class Analog {
  private static final int[] FULL_SCALE_MV = {950, 1250, 1750, 2450};

  private final Hw hw;
  private final Map<Integer, LongUnaryOperator> inputs = new HashMap<>();
  private final Map<Integer, int[]> sequences = new HashMap<>();
  private final Map<Integer, Integer> sequenceIndex = new HashMap<>();
  private final Map<Integer, Pwm> pwms = new HashMap<>();

  Analog(Hw hw) {
    this.hw = hw;
  }

  void powerOn() {
    inputs.clear();
    sequences.clear();
    sequenceIndex.clear();
    pwms.clear();
  }

  void reboot() {
    pwms.clear();
  }

  /** Whether the pin has an ADC channel on the ESP32 (ADC1: 32-39, ADC2: 0, 2, 4, 12-15, 25-27). */
  public static boolean isAdcPin(int id) {
    return (id >= 32 && id <= 39) || id == 0 || id == 2 || id == 4 || (id >= 12 && id <= 15)
        || (id >= 25 && id <= 27);
  }

  // ---------------------------------------------------------------- ADC inputs (test side)

  /** The pin's input as microvolts over board time (ms). */
  public void input(int pin, LongUnaryOperator uvOfMs) {
    synchronized (hw) {
      inputs.put(pin, uvOfMs);
      sequences.remove(pin);
    }
  }

  /** One value per read, in turn; the last one repeats. */
  public void sequence(int pin, int... uv) {
    synchronized (hw) {
      sequences.put(pin, uv.clone());
      sequenceIndex.put(pin, 0);
      inputs.remove(pin);
    }
  }

  /** The microvolts at the pin now (a new sample of a sequence on each call). */
  long sampleUv(int pin) {
    int[] sequence = sequences.get(pin);
    if (sequence != null) {
      int index = sequenceIndex.get(pin);
      sequenceIndex.put(pin, Math.min(index + 1, sequence.length - 1));
      return sequence.length == 0 ? 0 : sequence[index];
    }
    LongUnaryOperator input = inputs.get(pin);
    return input == null ? 0 : input.applyAsLong(hw.nowMs());
  }

  // ---------------------------------------------------------------- ADC reads (program side)

  /** The 12-bit conversion of the pin's input at {@code atten}. */
  public int readRaw12(int pin, int atten) {
    hw.runScheduled();
    synchronized (hw) {
      long uv = sampleUv(pin);
      long fullUv = FULL_SCALE_MV[atten] * 1000L;
      long raw = uv <= 0 ? 0 : (uv * 4095 + fullUv / 2) / fullUv;
      return (int) Math.min(4095, raw);
    }
  }

  /** {@code read_uv()} of a 12-bit raw value: calibrated mV times 1000. */
  public static long rawToUv(int raw12, int atten) {
    long mv = (raw12 * (long) FULL_SCALE_MV[atten] + 2047) / 4095;
    return mv * 1000;
  }

  // ---------------------------------------------------------------- PWM

  /** One LEDC channel driving a pin. */
  public static final class Pwm {
    int freq;
    /** duty in its scale: 16 (duty_u16), 10 (duty), 1 (duty_ns). */
    int scale;
    int dutyUi;
    int channelDuty;
    int resolution;
  }

  static int resolutionFor(int freq) {
    long clock = freq < 10 ? 1_000_000L : 80_000_000L;
    long div = (clock + freq / 2) / freq;
    int bits = 63 - Long.numberOfLeadingZeros(Math.max(1, div));
    bits = Math.min(bits, 20);
    if (bits > 16) {
      bits = 16;
    }
    return bits;
  }

  private static int nsToDuty(int freq, long ns) {
    long duty = (ns * 65536L * freq + 500_000_000L) / 1_000_000_000L;
    if (ns > 0 && duty == 0) {
      duty = 1;
    } else if (duty > 65536) {
      duty = 65536;
    }
    return (int) duty;
  }

  private static void apply(Pwm p) {
    int duty = switch (p.scale) {
      case 16 -> p.dutyUi;
      case 10 -> p.dutyUi << 6;
      default -> nsToDuty(p.freq, p.dutyUi);
    };
    p.channelDuty = duty >> (16 - p.resolution);
  }

  /**
   * {@code PWM(pin, freq=, duty_u16=, duty_ns=, duty=)} and {@code init}: -1 means not given.
   */
  public void pwmInit(int pin, int freq, int dutyU16, int dutyNs, int duty10) {
    synchronized (hw) {
      hw.pins.pad(pin);
      if (freq != -1 && (freq <= 0 || freq > 40_000_000)) {
        throw new IllegalArgumentException("frequency must be from 1Hz to 40MHz");
      }
      Pwm p = pwms.get(pin);
      boolean fresh = p == null;
      if (fresh) {
        p = new Pwm();
      }
      if (dutyU16 >= 0) {
        setU16(p, dutyU16);
      } else if (dutyNs >= 0) {
        p.scale = 1;
        p.dutyUi = dutyNs;
      } else if (duty10 >= 0) {
        setU10(p, duty10);
      } else if (p.scale == 0) {
        p.scale = 16;
        p.dutyUi = 32768;
      }
      if (freq == -1) {
        freq = fresh ? 5000 : p.freq;
      }
      p.freq = freq;
      p.resolution = resolutionFor(freq);
      apply(p);
      pwms.put(pin, p);
      hw.pins.pwm(pin, true);
      recordPwm(pin, p);
    }
    hw.runScheduled();
  }

  private static void setU16(Pwm p, int duty) {
    if (duty < 0 || duty > 65535) {
      throw new IllegalArgumentException("duty_u16 must be from 0 to 65536");
    }
    p.scale = 16;
    p.dutyUi = duty == 65535 ? 65536 : duty;
  }

  private static void setU10(Pwm p, int duty) {
    if (duty < 0 || duty > 1023) {
      throw new IllegalArgumentException("duty must be from 0 to 1023");
    }
    p.scale = 10;
    p.dutyUi = duty == 1023 ? 1024 : duty;
  }

  private Pwm active(int pin) {
    Pwm p = pwms.get(pin);
    if (p == null) {
      throw new IllegalStateException("PWM is inactive");
    }
    return p;
  }

  private void recordPwm(int pin, Pwm p) {
    hw.record("pwm " + pin + " " + p.freq + " " + dutyU16(p));
  }

  private static int dutyU16(Pwm p) {
    int duty = p.channelDuty << (16 - p.resolution);
    return duty == 65536 ? 65535 : duty;
  }

  public int pwmFreq(int pin) {
    synchronized (hw) {
      return active(pin).freq;
    }
  }

  public void pwmFreq(int pin, int freq) {
    synchronized (hw) {
      Pwm p = active(pin);
      if (freq <= 0 || freq > 40_000_000) {
        throw new IllegalArgumentException("frequency must be from 1Hz to 40MHz");
      }
      if (freq == p.freq) {
        return;
      }
      p.freq = freq;
      p.resolution = resolutionFor(freq);
      apply(p);
      recordPwm(pin, p);
    }
  }

  public int pwmDutyU16(int pin) {
    synchronized (hw) {
      return dutyU16(active(pin));
    }
  }

  public void pwmDutyU16(int pin, int duty) {
    synchronized (hw) {
      setU16(new Pwm(), duty); // the port checks the value before the channel
      Pwm p = active(pin);
      int before = dutyU16(p);
      setU16(p, duty);
      apply(p);
      if (dutyU16(p) != before) {
        recordPwm(pin, p);
      }
    }
  }

  public int pwmDuty(int pin) {
    synchronized (hw) {
      return dutyU16(active(pin)) >> 6;
    }
  }

  public void pwmDuty(int pin, int duty) {
    synchronized (hw) {
      setU10(new Pwm(), duty);
      Pwm p = active(pin);
      int before = dutyU16(p);
      setU10(p, duty);
      apply(p);
      if (dutyU16(p) != before) {
        recordPwm(pin, p);
      }
    }
  }

  public int pwmDutyNs(int pin) {
    synchronized (hw) {
      Pwm p = active(pin);
      long duty = dutyU16(p);
      return (int) ((duty * 1_000_000_000L + (long) p.freq * 32768) / ((long) p.freq * 65536));
    }
  }

  public void pwmDutyNs(int pin, int ns) {
    synchronized (hw) {
      Pwm p = active(pin);
      int before = dutyU16(p);
      p.scale = 1;
      p.dutyUi = ns;
      apply(p);
      if (dutyU16(p) != before) {
        recordPwm(pin, p);
      }
    }
  }

  public void pwmDeinit(int pin) {
    synchronized (hw) {
      if (pwms.remove(pin) != null) {
        hw.pins.pwm(pin, false);
        hw.record("pwm " + pin + " off");
      }
    }
  }

  /** The test's view: {freq, duty_u16} of the pin's PWM, or null when none. */
  public int[] pwmState(int pin) {
    synchronized (hw) {
      Pwm p = pwms.get(pin);
      return p == null ? null : new int[] {p.freq, dutyU16(p)};
    }
  }
}
