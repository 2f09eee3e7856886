/**
 * A pull-based byte stream over the archive generator: the next piece is produced only when the receiver asks
 * for it, so a slow connection slows the export instead of filling memory. When the receiver goes away the
 * generator is stopped (its pending database read is dropped) and the database view is released.
 */
export function archiveStream(chunks: AsyncGenerator<Uint8Array>, release: () => Promise<void>) {
  let finished = false;
  const finish = async () => {
    if (finished) return;
    finished = true;
    await release();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await chunks.next();
          if (done) {
            await finish();
            controller.close();
          } else controller.enqueue(value);
        } catch (e) {
          console.error("data download failed while streaming", e);
          await finish();
          controller.error(e);
        }
      },
      async cancel() {
        await chunks.return(undefined);
        await finish();
      },
    },
    // At most about one database page is waiting to be sent at any time.
    new ByteLengthQueuingStrategy({ highWaterMark: 1024 * 1024 }),
  );
}
