/** A single readable column, like a letter. */
export const onboardingCss = `
.onboarding { max-width: 720px; margin: 0 auto; padding: 24px 24px 48px; }
.onboarding section { margin-bottom: 24px; }
.onboarding input[type='text'] { max-width: 480px; }
`;
