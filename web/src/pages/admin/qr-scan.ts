/**
 * Reading a QR code from a picture: the browser's own BarcodeDetector where it has one (Chrome on Android,
 * Safari), else jsQR (a small, well-kept decoder, loaded only then) over the picture's pixels.
 */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}
declare const BarcodeDetector: { new (options: { formats: string[] }): BarcodeDetectorLike; getSupportedFormats(): Promise<string[]> } | undefined;

let detector: Promise<BarcodeDetectorLike | undefined> | undefined;
const nativeDetector = () =>
  (detector ??= (async () => {
    if (typeof BarcodeDetector === "undefined") return undefined;
    const formats: string[] = await BarcodeDetector.getSupportedFormats().catch(() => []);
    return formats.includes("qr_code") ? new BarcodeDetector({ formats: ["qr_code"] }) : undefined;
  })());

/** The text of the QR code in the picture, or undefined when it shows none. */
export async function readQrCode(picture: ImageBitmap | HTMLVideoElement): Promise<string | undefined> {
  const native = await nativeDetector();
  if (native) return (await native.detect(picture))[0]?.rawValue;
  const width = picture instanceof HTMLVideoElement ? picture.videoWidth : picture.width;
  const height = picture instanceof HTMLVideoElement ? picture.videoHeight : picture.height;
  if (!width || !height) return undefined;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d", { willReadFrequently: true })!;
  context.drawImage(picture, 0, 0, width, height);
  const { default: jsQR } = await import("jsqr");
  return jsQR(context.getImageData(0, 0, width, height).data, width, height)?.data || undefined;
}
