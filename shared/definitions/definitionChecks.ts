/**
 * What a definitions file must satisfy beyond the shape of each record: ids
 * unique, records pointing where they are listed, published versions
 * numbered 1, 2, 3… and their rubrics usable for marking. Runs on a file
 * whose shape already passed `definitionFileSchema`.
 */
import type { AchievementVersion } from '../domain/entities';
import type { Rubric } from '../domain/rubric';
import type { DefinitionFile } from './definitionSchemas';
import type { DefinitionProblem } from './definitionProblem';

type Report = (path: string, message: string) => void;

/** Reports every repeated id in `items` at `<path>.<index>.<key>`. */
function uniqueIds(
  items: readonly { readonly id: string }[],
  pathAt: (index: number) => string,
  what: string,
  report: Report,
): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else
      report(
        `${pathAt(index)}.id`,
        `duplicate ${what} id "${item.id}" (also at ${pathAt(earlier)})`,
      );
  });
}

function checkRubric(rubric: Rubric, path: string, published: boolean, report: Report): void {
  uniqueIds(rubric.criteria, (i) => `${path}.criteria.${i}`, 'criterion', report);
  if (published && rubric.criteria.length === 0) {
    report(`${path}.criteria`, 'a published rubric needs at least one criterion');
  }
  rubric.criteria.forEach((criterion, c) => {
    const at = `${path}.criteria.${c}`;
    uniqueIds(criterion.levels, (i) => `${at}.levels.${i}`, 'level', report);
    if (!published) return;
    if (criterion.levels.length < 2) {
      report(
        `${at}.levels`,
        `a published criterion needs at least 2 levels (it has ${criterion.levels.length})`,
      );
    }
    const descending = criterion.levels.findIndex(
      (level, i) => i > 0 && level.points < (criterion.levels[i - 1]?.points ?? level.points),
    );
    if (descending !== -1) {
      report(`${at}.levels`, 'levels must run from lowest to highest points');
    }
  });
}

function checkVersion(
  file: DefinitionFile,
  version: AchievementVersion,
  listedUnder: string,
  path: string,
  report: Report,
): void {
  if (version.achievementId !== listedUnder) {
    report(
      `${path}.achievementId`,
      `belongs to achievement "${version.achievementId}" but is listed under "${listedUnder}"`,
    );
  }
  if (version.programId !== file.program.id) {
    report(
      `${path}.programId`,
      `belongs to program "${version.programId}", not "${file.program.id}"`,
    );
  }
  const published = version.state === 'published';
  if (published && version.publishedAt === null) {
    report(`${path}.publishedAt`, 'a published version needs the time it was published');
  }
  if (!published && version.publishedAt !== null) {
    report(`${path}.publishedAt`, 'a draft has no publishedAt');
  }
  uniqueIds(version.alignments, (i) => `${path}.alignments.${i}`, 'alignment', report);
  uniqueIds(version.endorsements, (i) => `${path}.endorsements.${i}`, 'endorsement', report);
  const frameworkIds = new Set(file.institutionFrameworks.map((framework) => framework.id));
  version.alignments.forEach((alignment, i) => {
    const id = alignment.institutionFrameworkId;
    if (id !== null && !frameworkIds.has(id)) {
      report(
        `${path}.alignments.${i}.institutionFrameworkId`,
        `framework "${id}" is not in the file`,
      );
    }
  });
  if (version.demonstrationRubric.id === version.reflectionRubric.id) {
    report(
      `${path}.reflectionRubric.id`,
      "the reflection rubric has the demonstration rubric's id",
    );
  }
  checkRubric(version.demonstrationRubric, `${path}.demonstrationRubric`, published, report);
  checkRubric(version.reflectionRubric, `${path}.reflectionRubric`, published, report);
}

/** Version numbers: unique; published ones 1…k without gaps; drafts after them. */
function checkNumbering(
  versions: readonly AchievementVersion[],
  path: string,
  report: Report,
): void {
  const seen = new Map<number, number>();
  versions.forEach((version, index) => {
    const earlier = seen.get(version.version);
    if (earlier === undefined) seen.set(version.version, index);
    else
      report(
        `${path}.${index}.version`,
        `version ${version.version} is listed twice (also at ${path}.${earlier})`,
      );
  });
  const published = versions.filter((v) => v.state === 'published').map((v) => v.version);
  const highest = Math.max(0, ...published);
  const missing = Array.from({ length: highest }, (_, i) => i + 1).filter(
    (n) => !published.includes(n),
  );
  if (missing.length > 0) {
    report(
      path,
      `published versions must be numbered 1, 2, 3… without gaps: missing ${missing.join(', ')}`,
    );
  }
  versions.forEach((version, index) => {
    if (version.state === 'draft' && version.version < highest) {
      report(
        `${path}.${index}.version`,
        `draft version ${version.version} comes before published version ${highest}`,
      );
    }
  });
}

export function checkDefinitionFile(file: DefinitionFile): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  uniqueIds(file.institutionFrameworks, (i) => `institutionFrameworks.${i}`, 'framework', report);
  const carried = new Set(file.images.map((image) => image.sha256));
  file.achievements.forEach((entry, a) => {
    entry.versions.forEach((version, v) => {
      if (version.image !== null && !carried.has(version.image.sha256)) {
        report(
          `achievements.${a}.versions.${v}.image`,
          'names a badge image the file does not include',
        );
      }
    });
  });
  uniqueIds(
    file.achievements.map((entry) => entry.achievement),
    (i) => `achievements.${i}.achievement`,
    'achievement',
    report,
  );
  const allVersions = file.achievements.flatMap((entry, a) =>
    entry.versions.map((version, v) => ({
      id: version.id,
      path: `achievements.${a}.versions.${v}`,
    })),
  );
  uniqueIds(allVersions, (i) => allVersions[i]?.path ?? '', 'version', report);
  file.achievements.forEach((entry, a) => {
    const path = `achievements.${a}`;
    if (entry.achievement.programId !== file.program.id) {
      report(
        `${path}.achievement.programId`,
        `belongs to program "${entry.achievement.programId}", not "${file.program.id}"`,
      );
    }
    checkNumbering(entry.versions, `${path}.versions`, report);
    entry.versions.forEach((version, v) => {
      checkVersion(file, version, entry.achievement.id, `${path}.versions.${v}`, report);
    });
  });
  return problems;
}
