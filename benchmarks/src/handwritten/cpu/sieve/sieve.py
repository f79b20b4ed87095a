# The sieve of Eratosthenes up to 200,000, four times: how many primes, their sum, the largest.
from micropython import const

LIMIT = const(200_000)


def sieve():
    composite = bytearray(LIMIT + 1)
    i = 2
    while i * i <= LIMIT:
        if not composite[i]:
            for j in range(i * i, LIMIT + 1, i):
                composite[j] = 1
        i += 1
    count = 0
    total = 0
    largest = 0
    for i in range(2, LIMIT + 1):
        if not composite[i]:
            count += 1
            total += i
            largest = i
    print("primes up to %d: %d, sum %d, largest %d" % (LIMIT, count, total, largest))


def main():
    for _ in range(4):
        sieve()
