// The popup's non-report states. Each says in plain words what happened and what can be done.

export function AnalyzingView() {
  return (
    <div className="state" role="status" aria-live="polite">
      <progress className="state__progress" aria-label="Reading the page" />
      <p>Reading this page and checking it against the reference data…</p>
    </div>
  );
}

export function LoadingView() {
  return (
    <div className="state" role="status" aria-live="polite">
      <p>Opening…</p>
    </div>
  );
}

export function RestrictedView({ reason }: { reason: string }) {
  return (
    <div className="state" role="alert">
      <h2>TherapyLens can't read this page</h2>
      <p>{reason}</p>
    </div>
  );
}

export function FailureView({
  message,
  detail,
  onRetry,
}: {
  message: string;
  detail?: string;
  onRetry: () => void;
}) {
  return (
    <div className="state" role="alert">
      <h2>Something went wrong</h2>
      <p>{message}</p>
      {detail && (
        <details className="state__detail">
          <summary>Technical detail</summary>
          <p>{detail}</p>
        </details>
      )}
      <button type="button" className="button button--primary" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

export const LOOKS_FOR =
  'TherapyLens looks for cancer cell and gene therapies by brand name, generic name or code (for example Kymriah, tisagenlecleucel or CTL019): CAR-T, TCR-T, TIL, oncolytic viruses and gene therapies. It then checks what the page says about results, approvals and who a therapy is for.';

export function NothingFoundView({ onReanalyze }: { onReanalyze: () => void }) {
  return (
    <div className="state">
      <h2>No cell or gene therapy products found on this page</h2>
      <p>{LOOKS_FOR}</p>
      <button type="button" className="button" onClick={onReanalyze}>
        Re-analyze
      </button>
    </div>
  );
}
