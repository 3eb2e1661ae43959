// The engine's one queue (src/data/engine/work-queue.ts) with made-up jobs: order, one at a time, interactive before
// background, background only at idle and never more than one chunk ahead of an interactive job.
import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../../src/data/engine/work-queue';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('WorkQueue', () => {
  it('runs interactive jobs one at a time, in the order they came', async () => {
    const queue = new WorkQueue(10);
    const log: string[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const job = (name: string, ms: number) => async () => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await sleep(ms);
      log.push(name);
      running--;
      return name;
    };
    const results = await Promise.all([
      queue.push('interactive', job('a', 15)),
      queue.push('interactive', job('b', 1)),
      queue.push('interactive', job('c', 5)),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(mostAtOnce).toBe(1);
  });

  it('runs background work only after the app has asked nothing for idleMs, behind every interactive job', async () => {
    const queue = new WorkQueue(60);
    const log: string[] = [];
    const started = performance.now();
    let backgroundAt = 0;
    const background = queue.push('background', async () => {
      backgroundAt = performance.now() - started;
      log.push('background');
    });
    const first = queue.push('interactive', async () => log.push('first'));
    await first;
    const second = queue.push('interactive', async () => log.push('second'));
    await Promise.all([background, second]);
    expect(log).toEqual(['first', 'second', 'background']);
    expect(backgroundAt).toBeGreaterThanOrEqual(55);
  });

  it('lets an interactive job in after at most one chunk of repeating background work', async () => {
    const queue = new WorkQueue(0);
    const log: string[] = [];
    let chunksLeft = 10;
    queue.repeatWhileIdle(
      async () => {
        log.push('chunk');
        await sleep(10);
        return --chunksLeft > 0;
      },
      (error) => {
        throw error;
      },
    );
    await sleep(15); // the first or second chunk is running
    const chunksBefore = log.length;
    await queue.push('interactive', async () => log.push('filter'));
    expect(log.indexOf('filter')).toBeLessThanOrEqual(chunksBefore);
    await queue.settled();
    expect(log.filter((l) => l === 'chunk')).toHaveLength(10);
  });

  it('rejects a failed job to its caller and goes on with the next', async () => {
    const queue = new WorkQueue(0);
    const failed = queue.push('interactive', async () => {
      throw new Error('broken');
    });
    const next = queue.push('interactive', async () => 'next');
    await expect(failed).rejects.toThrow('broken');
    await expect(next).resolves.toBe('next');
    expect(queue.busy).toBe(false);
  });

  it('is settled only once background work that re-queues itself has finished', async () => {
    const queue = new WorkQueue(5);
    let steps = 0;
    queue.repeatWhileIdle(
      async () => ++steps < 4,
      () => undefined,
    );
    await queue.settled();
    expect(steps).toBe(4);
    expect(queue.busy).toBe(false);
  });
});
