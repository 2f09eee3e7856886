"use client";
import { useCallback, useState } from "react";

export type DownloadState =
  | { phase: "idle" }
  | { phase: "downloading"; received: number; rows: number }
  | { phase: "done"; received: number; rows: number }
  | { phase: "failed"; message: string };

// Repainting on every network chunk would redraw hundreds of times a second for nothing.
const PAINT_EVERY_MS = 100;

function fileName(disposition: string | null): string {
  return disposition?.match(/filename="([^"]+)"/)?.[1] ?? "personal-data.zip";
}

/**
 * Fetches a prepared link, counting bytes as they arrive, then hands the archive to the browser as a download.
 * A refused link answers with JSON whose message is already in the reader's language.
 */
export function useArchiveDownload(networkFailed: string) {
  const [state, setState] = useState<DownloadState>({ phase: "idle" });

  const start = useCallback(
    async (url: string, expectedRows: number) => {
      setState({ phase: "downloading", received: 0, rows: expectedRows });
      try {
        const response = await fetch(url, { cache: "no-store" });
        if (!response.ok || !response.body) {
          const body = (await response.json().catch(() => null)) as { error?: string } | null;
          setState({ phase: "failed", message: body?.error ?? networkFailed });
          return;
        }
        const rows = Number(response.headers.get("x-export-rows") ?? expectedRows);
        const reader = response.body.getReader();
        const chunks: Uint8Array<ArrayBuffer>[] = [];
        let received = 0;
        let painted = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          received += value.length;
          if (Date.now() - painted > PAINT_EVERY_MS) {
            painted = Date.now();
            setState({ phase: "downloading", received, rows });
          }
        }
        const href = URL.createObjectURL(new Blob(chunks, { type: "application/zip" }));
        const link = document.createElement("a");
        link.href = href;
        link.download = fileName(response.headers.get("content-disposition"));
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(href), 60_000);
        setState({ phase: "done", received, rows });
      } catch {
        setState({ phase: "failed", message: networkFailed });
      }
    },
    [networkFailed],
  );

  return { state, start };
}
