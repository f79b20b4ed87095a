# Word counts of 30,000 pseudo-random words in a dict, the top 5 by count then word, and a
# breadth-first search over a 60x60 grid with walls.
from collections import deque

WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
         "juliet", "kilo", "lima", "mike", "november", "oscar", "papa")


def main():
    counts = {}
    seed = 12345
    for _ in range(30_000):
        seed = (seed * 1101 + 12345) % 65536
        word = WORDS[seed // 7 % 16] + str(seed % 7)
        counts[word] = counts.get(word, 0) + 1
    words = sorted(counts, key=lambda w: (-counts[w], w))
    top = " ".join("%s=%d" % (w, counts[w]) for w in words[:5])
    print("distinct %d, top %s" % (len(counts), top))

    size = 60
    distance = {0: 0}
    queue = deque((), size * size)
    queue.append(0)
    while queue:
        cell = queue.popleft()
        x = cell % size
        d = distance[cell] + 1
        for n in (cell - 1 if x > 0 else -1, cell + 1 if x < size - 1 else -1,
                  cell - size, cell + size):
            if 0 <= n < size * size and not (n % 7 == 3 and n % size != 0) and n not in distance:
                distance[n] = d
                queue.append(n)
    print("reached %d, to the far corner %d" % (len(distance), distance.get(size * size - 1, -1)))
