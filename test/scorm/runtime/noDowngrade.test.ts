import { describe, expect, it } from 'vitest';
import { withoutDowngrades } from '../../../src/lms/noDowngrade.ts';

const write = (entries: Record<string, string>, held: Record<string, string>) =>
  Object.fromEntries(withoutDowngrades(new Map(Object.entries(entries)), new Map(Object.entries(held))));

describe('nothing the LMS holds is written back as less', () => {
  it('keeps a passed or completed status', () => {
    expect(write({ 'cmi.core.lesson_status': 'incomplete' }, { 'cmi.core.lesson_status': 'passed' })).toEqual({});
    expect(write({ 'cmi.core.lesson_status': 'completed' }, { 'cmi.core.lesson_status': 'passed' })).toEqual({});
    expect(write({ 'cmi.objectives.3.status': 'failed' }, { 'cmi.objectives.3.status': 'completed' })).toEqual({});
    expect(
      write(
        { 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'unknown' },
        { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' },
      ),
    ).toEqual({});
  });

  it('lets a status rise', () => {
    expect(write({ 'cmi.core.lesson_status': 'passed' }, { 'cmi.core.lesson_status': 'failed' })).toEqual({ 'cmi.core.lesson_status': 'passed' });
    expect(write({ 'cmi.objectives.0.success_status': 'passed' }, { 'cmi.objectives.0.success_status': 'unknown' })).toEqual({
      'cmi.objectives.0.success_status': 'passed',
    });
  });

  it('never lowers a score or the progress of a completed attempt', () => {
    expect(write({ 'cmi.core.score.raw': '40' }, { 'cmi.core.score.raw': '80' })).toEqual({});
    expect(write({ 'cmi.score.scaled': '0.4', 'cmi.score.raw': '90' }, { 'cmi.score.scaled': '0.8', 'cmi.score.raw': '80' })).toEqual({
      'cmi.score.raw': '90',
    });
    expect(write({ 'cmi.progress_measure': '0.33' }, { 'cmi.completion_status': 'completed' })).toEqual({});
  });

  it('writes everything else as it is', () => {
    const values = { 'cmi.suspend_data': '2|en||x', 'cmi.core.lesson_location': '#/', 'cmi.objectives.0.id': '02-email' };
    expect(write(values, { 'cmi.core.lesson_status': 'passed' })).toEqual(values);
  });
});
