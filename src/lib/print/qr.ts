import QRCode from 'qrcode';

/**
 * The dossier code as a QR code, drawn on the device (no network) as an SVG string: crisp at any
 * print resolution. Error correction M survives a crumpled or photocopied slip.
 */
export function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
