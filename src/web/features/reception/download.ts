import { buildUrl } from '../../api/client';

type Query = Record<string, string | undefined>;

/** `attachment; filename="02-XLD_….xlsx"` (or the RFC 5987 `filename*=UTF-8''…` form) → the name. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1];
  return plain?.trim() || fallback;
}

async function failureTitle(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  // Only a problem of our own server carries a Vietnamese title worth showing; 5xx keeps ours.
  if (response.status < 500 && typeof body === 'object' && body !== null && 'title' in body) {
    const { title } = body;
    if (typeof title === 'string' && title) return title;
  }
  return 'Không tải được tệp, vui lòng thử lại sau';
}

/**
 * Downloads a file the API builds (an Excel report): a plain link would lose the problem+json of a
 * refusal, so the file comes through fetch with the session cookie and is saved from a Blob.
 */
export async function downloadFile(path: string, query: Query, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), { credentials: 'same-origin' });
  } catch {
    throw new Error('Không kết nối được máy chủ, vui lòng kiểm tra mạng');
  }
  if (!response.ok) throw new Error(await failureTitle(response));
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has read the Blob once the click is handled; a moment later it can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
