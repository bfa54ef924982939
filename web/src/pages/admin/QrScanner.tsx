import { createSignal, onCleanup, Show } from "solid-js";
import { readQrCode } from "./qr-scan";
import { t } from "../../i18n/t";

/**
 * Scan a booking's code: with the phone's camera (held in one hand, the big button at the bottom of the
 * screen), or from a photo of it.
 */
export default function QrScanner(props: { onCode: (text: string) => void }) {
  const [scanning, setScanning] = createSignal(false);
  const [problem, setProblem] = createSignal("");
  let video!: HTMLVideoElement;
  let stream: MediaStream | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let last = { text: "", at: 0 };

  // The camera sees the same code in frame after frame: it counts once until another code, or a pause.
  const fromCamera = (text: string | undefined) => {
    if (!text || (text === last.text && Date.now() - last.at < 3000)) return;
    last = { text, at: Date.now() };
    props.onCode(text);
  };
  const stop = () => {
    clearInterval(timer);
    stream?.getTracks().forEach((track) => track.stop());
    stream = undefined;
    setScanning(false);
  };
  const start = async () => {
    setProblem("");
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch {
      setProblem(t("The camera is not available. Allow it for this site, scan from a photo, or search by name."));
      return;
    }
    setScanning(true);
    video.srcObject = stream;
    await video.play().catch(() => undefined);
    timer = setInterval(() => void readQrCode(video).then(fromCamera, () => undefined), 400);
  };
  const fromPhoto = async (file: File | undefined) => {
    setProblem("");
    if (!file) return;
    try {
      const text = await readQrCode(await createImageBitmap(file));
      if (text) props.onCode(text);
      else setProblem(t("No code found in that photo. Try again closer, or search by name."));
    } catch {
      setProblem(t("That file is not a picture we can read."));
    }
  };
  onCleanup(stop);

  return (
    <section class="scanner" aria-labelledby="scan-heading">
      <h2 id="scan-heading">{t("Scan a code")}</h2>
      <video ref={video} class="scanner-video" classList={{ hidden: !scanning() }} muted playsinline aria-label={t("Camera view")} />
      <Show when={problem()}>
        <p class="form-error" role="alert">
          {problem()}
        </p>
      </Show>
      <div class="scanner-actions">
        <Show when={typeof navigator !== "undefined" && !!navigator.mediaDevices}>
          <button type="button" class="button-large" onClick={() => (scanning() ? stop() : void start())}>
            {scanning() ? t("Stop the camera") : t("Scan with the camera")}
          </button>
        </Show>
        <label class="button-secondary file-button">
          {t("Scan from a photo")}
          <input type="file" accept="image/*" capture="environment" class="visually-hidden" onChange={(e) => {
              const input = e.currentTarget;
              void fromPhoto(input.files?.[0]).then(() => (input.value = ""));
            }}
          />
        </label>
      </div>
    </section>
  );
}
