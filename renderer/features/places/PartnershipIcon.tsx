/** Decorative: the nav button's text names the section. */
export function PartnershipIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="6.5" cy="10" r="4" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="13.5" cy="10" r="4" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
