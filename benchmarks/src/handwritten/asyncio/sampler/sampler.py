import asyncio

SIZE = 8


class Sampler:
    def __init__(self):
        self.ring = [0] * SIZE
        self.seed = 7
        self.done = False
        self.full = asyncio.Event()

    def read(self):
        self.seed = (self.seed * 75 + 74) % 65537
        return 200 + self.seed % 50

    async def sample(self, count):
        for i in range(count):
            self.ring[i % SIZE] = self.read()
            if (i + 1) % SIZE == 0:
                self.full.set()
            await asyncio.sleep_ms(10)
        self.done = True
        self.full.set()

    async def report(self):
        reports = 0
        while True:
            await self.full.wait()
            self.full.clear()
            if self.done:
                break
            ring = self.ring
            print("report %d: min=%d avg=%d max=%d" % (reports, min(ring), sum(ring) // SIZE, max(ring)))
            reports += 1
        print("reports", reports)


def main():
    sampler = Sampler()

    async def run_both():
        await asyncio.gather(sampler.sample(24), sampler.report())

    asyncio.run(run_both())
