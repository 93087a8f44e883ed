/** Decorative: the nav button's text names the section. */
export function CityIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M3 17V8l4-2v11M7 17V4l6 3v10M13 17V9l4 2v6M2 17h16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}
