import type { BriefCandidate, NegotiationBrief } from '../../shared/contracts/negotiationChannels';
import { candidacyStageNames, isOutOfRace } from '../../shared/negotiations/candidacyStages';
import { formatScore } from '../../shared/negotiations/formatScore';
import { fuzzyDateText } from '../../shared/negotiations/offerItems';

/** Text safe inside a Markdown table cell or list item: no line breaks, no column bars, no markup. */
function inline(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/([\\`*_[\]<>|#])/g, '\\$1')
    .trim();
}

function contactLine(candidate: BriefCandidate): string {
  const last = candidate.lastContact;
  if (!last) return 'none yet';
  return `${last.at.slice(0, 10)}, ${last.kind}${last.subject ? `: ${inline(last.subject)}` : ''}`;
}

function stepLine(candidate: BriefCandidate): string {
  const step = candidate.nextStep;
  if (!step) return 'none';
  return `${inline(step.text)} (due ${step.due}${step.overdue ? ', overdue' : ''})`;
}

/**
 * The negotiation brief for one conference as Markdown: where the race stands, each candidate's
 * stage, score, offer, last contact and next step, and the decision with its reasons.
 */
export function briefMarkdown(brief: NegotiationBrief): string {
  const { conference } = brief;
  const lines: string[] = [`# Negotiation brief: ${inline(conference.name)}`, ''];
  lines.push(`- Dates: ${conference.date ? inline(fuzzyDateText(conference.date)) : 'not set'}`);
  lines.push(`- Host city: ${conference.host ? inline(conference.host) : 'not decided'}`);
  lines.push(`- Candidates: ${conference.candidates} (${conference.inRace} in the race)`);
  lines.push(`- As of: ${brief.today}`);
  if (brief.notes.trim()) lines.push(`- Notes: ${inline(brief.notes)}`);

  lines.push('', '## Candidates', '');
  if (brief.candidates.length === 0) lines.push('No candidate cities yet.');
  else {
    lines.push('| City | Stage | Score | Last contact | Next step |', '| --- | --- | --- | --- | --- |');
    for (const c of brief.candidates) {
      lines.push(`| ${inline(c.city)} | ${candidacyStageNames[c.stage]} | ${formatScore(c.score)} | ${contactLine(c)} | ${stepLine(c)} |`);
    }
  }

  for (const c of brief.candidates) {
    lines.push('', `### ${inline(c.city)} — ${candidacyStageNames[c.stage]}`, '');
    if (c.stageReason.trim()) lines.push(`Reason: ${inline(c.stageReason)}`, '');
    if (c.items.length === 0) lines.push('No offer recorded yet.');
    for (const item of c.items) {
      const provenance = [item.source && `source: ${inline(item.source)}`, item.confirmedOn && `confirmed ${item.confirmedOn}`].filter(Boolean).join('; ');
      lines.push(`- **${inline(item.label)}:** ${inline(item.value)}${provenance ? ` (${provenance})` : ''}`);
    }
  }

  lines.push('', '## Decision', '');
  if (brief.decision.host) {
    lines.push(`Selected: ${inline(brief.decision.host)}${brief.decision.reason.trim() ? ` — ${inline(brief.decision.reason)}` : ''}`);
  } else lines.push('No city has been selected yet.');
  const out = brief.candidates.filter((c) => isOutOfRace(c.stage));
  if (out.length > 0) {
    lines.push('', 'Out of the race:', '');
    for (const c of out) lines.push(`- ${inline(c.city)}: ${candidacyStageNames[c.stage]} — ${inline(c.stageReason) || 'no reason recorded'}`);
  }
  return `${lines.join('\n')}\n`;
}
