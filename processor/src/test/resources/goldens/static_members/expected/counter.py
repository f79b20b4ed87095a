STEP = 2
total = 0


def initial_value():
    return 10


def add(amount):
    global total
    total += amount * STEP


def read():
    return total + start


start = initial_value()
