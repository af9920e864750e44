// Trợ giúp > Giới thiệu Sổ Vốn (and Tệp > Giới thiệu in the page's own menu): the version and the
// book open now, with its full path, which the toolbar only shows on hover.
import { ABOUT } from '../../../shared/i18n/menu';
import { APP_NAME } from '../../../shared/i18n/vi';

interface Props {
  bookPath: string;
  mode: 'electron' | 'browser';
  onClose(): void;
}

export function AboutDialog({ bookPath, mode, onClose }: Props) {
  return (
    <div className="modal-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="modal about" role="dialog" aria-label={ABOUT.title}>
        <h2>{APP_NAME}</h2>
        <p>{ABOUT.version(__SOVON_VERSION__)} · {ABOUT.mode[mode]}</p>
        <p>{ABOUT.what}</p>
        <p>{ABOUT.book}: <code className="about-path">{bookPath}</code></p>
        <div className="modal-buttons">
          <button type="button" className="primary" autoFocus onClick={onClose}>{ABOUT.close}</button>
        </div>
      </div>
    </div>
  );
}
