# A one-product vending machine driven by commands, hand-written.

VERBS = {"insert": "INSERT", "coin": "INSERT", "select": "SELECT", "refund": "REFUND",
         "restock": "RESTOCK"}

SCRIPT = ("select; insert 50; restock 2; insert 50; select; coin 100; SELECT; select; refund; "
          "insert 200; select; select; dance; insert x; refund")


def parse(line):
    # (verb, amount): "<verb> [amount]", case-insensitive; anything else is UNKNOWN.
    text = line.strip().lower()
    word, _, digits = text.partition(" ")
    amount = 0
    if digits:
        digits = digits.strip()
        if not digits or len(digits) > 9 or not all("0" <= c <= "9" for c in digits):
            return "UNKNOWN", 0
        amount = int(digits)
    return VERBS.get(word, "UNKNOWN"), amount


class Machine:
    def __init__(self, price):
        self.price = price
        self.state = "SOLD_OUT"
        self.credit = 0
        self.stock = 0
        self.sold = 0

    def handle(self, verb, amount):
        if verb == "RESTOCK":
            self.stock += amount
            if self.state == "SOLD_OUT" and self.stock > 0:
                self.state = "HAS_CREDIT" if self.credit > 0 else "IDLE"
            return "stock %d" % self.stock
        if verb == "INSERT":
            if self.state == "SOLD_OUT":
                return "sold out, returned %d" % amount
            self.credit += amount
            self.state = "HAS_CREDIT"
            return "credit %d" % self.credit
        if verb == "SELECT":
            return self.select()
        if verb == "REFUND":
            returned, self.credit = self.credit, 0
            if self.state == "HAS_CREDIT":
                self.state = "IDLE"
            return "refund %d" % returned
        return "unknown command"

    def select(self):
        if self.state == "IDLE":
            return "insert %d" % self.price
        if self.state == "SOLD_OUT":
            return "sold out"
        if self.credit < self.price:
            return "need %d more" % (self.price - self.credit)
        self.credit -= self.price
        self.stock -= 1
        self.sold += 1
        self.state = "SOLD_OUT" if self.stock == 0 else "HAS_CREDIT" if self.credit > 0 else "IDLE"
        return "vend, change %d" % self.credit


def main():
    machine = Machine(120)
    for line in SCRIPT.split(";"):
        line = line.strip()
        verb, amount = parse(line)
        shown = machine.handle(verb, amount)
        print("%s -> Command[verb=%s, amount=%d] -> %s [%s]" % (line, verb, amount, shown, machine.state))
    print("sold", machine.sold)
