// What Bedrock trained on is what was reviewed. The run checks the bytes once, at upload; Bedrock
// reads them minutes later, and anyone who could write the object meanwhile could have swapped it
// and put it back. The bucket is versioned and the training role may only create objects under
// datasets/, so every write leaves a version: before promoting, the release role checks that the
// object the job read still has one version — the one the run recorded on the job — last
// modified before the job was created, with the reviewed bytes.
import type { JobView } from '../aws/bedrock-jobs.js';
import type { S3Store } from '../aws/s3-store.js';
import { datasetKey, type DatasetFile } from './upload.js';

/** What differs, per dataset file of the job, or an empty list when every object is as reviewed. */
export async function datasetObjectProblems(
  store: S3Store,
  job: JobView,
  files: readonly DatasetFile[],
  jobTags: ReadonlyArray<{ key: string; value: string }>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const f of files) {
    const key = datasetKey(f);
    const uri = store.uri(key);
    const recorded = jobTags.find((t) => t.key === `${f.role}-data-version`)?.value;
    const versions = await store.versions(key);
    const live = versions.filter((v) => !v.deleteMarker);
    if (versions.length === 0) {
      problems.push(`${uri} no longer exists`);
      continue;
    }
    if (versions.length === 1 && versions[0]!.versionId === 'null') {
      problems.push(
        `${uri} is in a bucket without versioning, so an overwrite while the job read it could not be seen: enable versioning on the bucket (docs/iam.md, the AWS set-up) and train again`,
      );
      continue;
    }
    if (versions.length > 1 || live.length !== 1) {
      problems.push(
        `${uri} has ${versions.length} versions${versions.some((v) => v.deleteMarker) ? ' (deleted at least once)' : ''}: it was written again after the run uploaded it, so what the job trained on cannot be shown to be what was reviewed`,
      );
      continue;
    }
    const only = live[0]!;
    if (recorded !== undefined && only.versionId !== recorded)
      problems.push(`${uri} is version ${only.versionId}, not version ${recorded} that the job was launched with`);
    else if (only.lastModified && job.creationTime && only.lastModified.getTime() >= job.creationTime.getTime())
      problems.push(
        `${uri} was last modified at ${only.lastModified.toISOString()}, after the job was created (${job.creationTime.toISOString()})`,
      );
    else {
      const actual = await store.sha256(key, only.versionId);
      if (actual !== f.sha256) problems.push(`${uri} hashes to sha256 ${actual}, not the reviewed ${f.sha256}`);
    }
  }
  return problems;
}
