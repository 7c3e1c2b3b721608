import { describe, expect, it } from 'vitest';
import { toggleInOrder } from '../../../src/lib/toggleInOrder';

const ALL = ['confirmed', 'fair', 'weak', 'contested'] as const;

describe('toggleInOrder', () => {
  it('removes a chosen value', () => {
    expect(toggleInOrder(ALL, ['fair', 'weak'], 'fair')).toEqual(['weak']);
  });

  it('adds a value at its place in the full list, whatever order the choice was made in', () => {
    expect(toggleInOrder(ALL, ['contested', 'fair'], 'confirmed')).toEqual(['confirmed', 'fair', 'contested']);
  });
});
