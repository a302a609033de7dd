/** A minimal plan or closing form, for tests that need many documents that differ in a few tags. */
export function planText(options: {
  title: string;
  country: string;
  year: number;
  focalPoint?: string;
  form?: 'plan' | 'closing';
}): string {
  const sections =
    options.form === 'closing'
      ? '## Learnings on your challenge\n## Data and Methods\n## Partners\n## End\n'
      : '## Title\n## Challenge statement\n## Challenge classification\n## Partners\n## Learning questions\n## Closing\n';
  return `# ${options.title}\n\n[[focal_point:${options.focalPoint ?? 'someone@undp.org'}]]\n[[year:${options.year}]]\n[[type:learningplan]]\n[[country:${options.country}]]\n[[latlng:-16.7,-64.6]]\n${sections}`;
}
