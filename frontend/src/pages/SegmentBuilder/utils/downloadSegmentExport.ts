import { getToken } from '../../../auth/session';
import { exportFileName } from './exportFileName';

export type ExportFormat = 'csv' | 'xlsx';

// downloadSegmentExport fetches a saved segment's members as a file (CSV
// with a BOM for Excel, or XLSX) with the session's bearer token, as the
// GraphQL requests carry it, and saves it under the name the server gives.
export async function downloadSegmentExport(id: string, format: ExportFormat): Promise<void> {
  const token = getToken();
  const res = await fetch(`/api/segments/${encodeURIComponent(id)}/export?format=${format}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) throw new Error(`export failed: HTTP ${res.status}`);
  const blob = await res.blob();
  const name = exportFileName(res.headers.get('content-disposition'), `segment-${id}.${format}`);
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
