package demo.ui;

import dev.jmpy.annotations.MicroPython;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The menu of a thermostat with a 16x2 character LCD and four buttons, as a state machine. The
 * button presses come from a script so the run is reproducible; each screen is printed as the LCD
 * would show it.
 */
@MicroPython
public class ThermostatUi {

    static final int WIDTH = 16;
    static final int IDLE_TIMEOUT_TICKS = 5;

    enum Button { UP, DOWN, OK, BACK, TICK }

    enum Mode {
        OFF("Off"), HEAT("Heat"), COOL("Cool"), AUTO("Auto");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        Mode next() {
            Mode[] all = values();
            return all[(ordinal() + 1) % all.length];
        }

        String label() {
            return label;
        }
    }

    sealed interface Screen permits Home, Menu, EditSetpoint, EditName, Confirm {}

    record Home() implements Screen {}

    record Menu(int selected) implements Screen {}

    record EditSetpoint(int tenths) implements Screen {}

    record EditName(char[] letters, int cursor) implements Screen {}

    record Confirm(String question, Screen onYes) implements Screen {}

    static final List<String> MENU_ITEMS = List.of("Setpoint", "Mode", "Name", "Reset");

    private Screen screen = new Home();
    private final Deque<Screen> history = new ArrayDeque<>();
    private int setpointTenths = 215;   // 21.5 C
    private int roomTenths = 198;
    private Mode mode = Mode.HEAT;
    private String name = "LIVING";
    private int idleTicks;
    private final Map<String, Integer> visits = new LinkedHashMap<>();

    void press(Button button) {
        if (button == Button.TICK) {
            roomTenths += Integer.signum(setpointTenths - roomTenths);
            if (++idleTicks >= IDLE_TIMEOUT_TICKS && !(screen instanceof Home)) {
                history.clear();
                go(new Home());
            }
            return;
        }
        idleTicks = 0;
        Screen next = switch (screen) {
            case Home h -> button == Button.OK ? new Menu(0) : h;
            case Menu m -> switch (button) {
                case UP -> new Menu((m.selected() + MENU_ITEMS.size() - 1) % MENU_ITEMS.size());
                case DOWN -> new Menu((m.selected() + 1) % MENU_ITEMS.size());
                case OK -> open(m.selected());
                default -> back();
            };
            case EditSetpoint e -> switch (button) {
                case UP -> new EditSetpoint(Math.min(e.tenths() + 5, 300));
                case DOWN -> new EditSetpoint(Math.max(e.tenths() - 5, 50));
                case OK -> {
                    setpointTenths = e.tenths();
                    yield back();
                }
                default -> back();
            };
            case EditName n -> editName(n, button);
            case Confirm c -> button == Button.OK ? c.onYes() : back();
        };
        if (next != screen) {
            go(next);
        }
    }

    private Screen open(int item) {
        history.push(screen);
        String chosen = MENU_ITEMS.get(item);
        switch (chosen) {
            case "Setpoint":
                return new EditSetpoint(setpointTenths);
            case "Mode":
                mode = mode.next();
                history.pop();
                return screen;
            case "Name":
                char[] letters = new char[8];
                java.util.Arrays.fill(letters, ' ');
                name.getChars(0, name.length(), letters, 0);
                return new EditName(letters, 0);
            case "Reset":
                return new Confirm("Reset all?", new Home());
            default:
                throw new IllegalArgumentException("no such item: " + chosen);
        }
    }

    private Screen editName(EditName n, Button button) {
        char[] letters = n.letters().clone();
        char c = letters[n.cursor()];
        switch (button) {
            case UP:
                letters[n.cursor()] = c == ' ' ? 'A' : c == 'Z' ? ' ' : (char) (c + 1);
                return new EditName(letters, n.cursor());
            case DOWN:
                letters[n.cursor()] = c == ' ' ? 'Z' : c == 'A' ? ' ' : (char) (c - 1);
                return new EditName(letters, n.cursor());
            case OK:
                if (n.cursor() + 1 < letters.length) {
                    return new EditName(letters, n.cursor() + 1);
                }
                name = new String(letters).trim();
                return back();
            default:
                name = String.valueOf(letters).strip();
                return back();
        }
    }

    private Screen back() {
        return history.isEmpty() ? new Home() : history.pop();
    }

    private void go(Screen next) {
        if (next instanceof Home && screen instanceof Confirm) {
            setpointTenths = 200;
            mode = Mode.AUTO;
            name = "THERMO";
        }
        screen = next;
        visits.merge(next.getClass().getSimpleName(), 1, Integer::sum);
    }

    static String tenths(int t) {
        return (t < 0 ? "-" : "") + Math.abs(t) / 10 + "." + Math.abs(t) % 10;
    }

    static String fit(String text) {
        if (text.length() > WIDTH) {
            return text.substring(0, WIDTH - 1) + "~";
        }
        return String.format("%-" + WIDTH + "s", text);
    }

    static String center(String text) {
        int pad = (WIDTH - text.length()) / 2;
        return fit(" ".repeat(Math.max(pad, 0)) + text);
    }

    String[] render() {
        if (screen instanceof Home) {
            String flame = mode == Mode.HEAT && roomTenths < setpointTenths ? "*" : " ";
            return new String[] {
                    fit(name + " " + mode.label().toUpperCase()),
                    fit(tenths(roomTenths) + "C " + flame + " set " + tenths(setpointTenths))};
        } else if (screen instanceof Menu m) {
            String item = MENU_ITEMS.get(m.selected());
            String value = item.equals("Mode") ? ": " + mode.label() : "";
            return new String[] {fit("Menu " + (m.selected() + 1) + "/" + MENU_ITEMS.size()), fit("> " + item + value)};
        } else if (screen instanceof EditSetpoint(int t)) {
            int bar = (t - 50) * (WIDTH - 2) / 250;
            return new String[] {fit("Setpoint " + tenths(t) + "C"), "[" + "#".repeat(bar) + ".".repeat(WIDTH - 2 - bar) + "]"};
        } else if (screen instanceof EditName(char[] letters, int cursor)) {
            StringBuilder marker = new StringBuilder(" ".repeat(WIDTH));
            marker.setCharAt(cursor + 4, '^');
            return new String[] {fit("Id: " + new String(letters)), marker.toString()};
        } else {
            Confirm c = (Confirm) screen;
            return new String[] {center(c.question()), center("OK=yes BACK=no")};
        }
    }

    void show(String label) {
        String[] lines = render();
        String border = "+" + "-".repeat(WIDTH) + "+";
        System.out.println(label);
        System.out.println(border);
        for (String line : lines) {
            System.out.println("|" + line + "|");
        }
        System.out.println(border);
    }

    public static void main(String[] args) {
        ThermostatUi ui = new ThermostatUi();
        ui.show("boot");
        String script = "OK DOWN DOWN OK UP UP OK OK UP OK BACK BACK "
                + "OK OK UP UP UP OK BACK OK DOWN OK OK DOWN DOWN OK OK "
                + "TICK TICK OK DOWN TICK TICK TICK TICK TICK";
        int step = 0;
        for (String token : script.split(" ")) {
            Button b = Button.valueOf(token);
            ui.press(b);
            step++;
            if (b != Button.TICK || ui.idleTicks == IDLE_TIMEOUT_TICKS) {
                ui.show(String.format("%02d %s", step, b.name().toLowerCase()));
            }
        }
        System.out.println("visits " + ui.visits);
        System.out.println("final: " + ui.name + " " + ui.mode + " " + tenths(ui.setpointTenths)
                + " (room " + tenths(ui.roomTenths) + ")");
    }
}
