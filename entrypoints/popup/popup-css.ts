/** The toolbar popup: narrow, with room to breathe; as a window or tab it simply grows. */
export const popupCss = `
.popup { width: 400px; max-width: 100%; padding: 12px 16px 16px; }
.popup-head { justify-content: space-between; border-bottom: 1px solid var(--pom-border); margin-bottom: 8px; }
.popup-head h1 { margin: 0; }
.page-status { border-bottom: 1px solid var(--pom-border); padding-bottom: 8px; margin-bottom: 8px; }
.recent { padding-left: 18px; }
.pii-list { padding-left: 18px; margin: 4px 0; }
`;
