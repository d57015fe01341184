/** A portal submission as the web form sends it: the petition as JSON in `petition`, files in `files`. */
export async function portalForm(petition: unknown, files: { name: string; data: Buffer }[] = []) {
  const form = new FormData();
  form.append('petition', JSON.stringify(petition));
  for (const f of files) form.append('files', new Blob([new Uint8Array(f.data)]), f.name);
  const encoded = new Response(form);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  };
}
