/**
 * Uploads files as one workflow artifact. Best effort: the artifact service exists only on GitHub's runners,
 * so elsewhere (a local run, some self-hosted setups) the reason is returned instead of an error.
 * The client is loaded only when needed: it is most of the bundle, and a run without artifacts starts faster.
 */
export async function uploadArtifact(
  name: string,
  files: string[],
  rootDirectory: string,
  retentionDays?: number,
  env: Record<string, string | undefined> = process.env,
): Promise<{ id?: number; skipped?: string }> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return { skipped: 'the artifact service is not available (not running on a GitHub runner)' };
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    // Without retention-days, the repository's own setting applies.
    const options = retentionDays === undefined ? {} : { retentionDays };
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, options);
    return { id };
  } catch (error) {
    return { skipped: `the artifact upload failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
