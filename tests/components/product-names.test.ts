// The product heading in the reader's script.
import { describe, expect, it } from 'vitest';
import { productHeading } from '../../components/product-names';
import { bundledDataset } from '../../lib/dataset/bundled';
import { productById } from '../../lib/dataset/index';

const names = (id: string) => productById(bundledDataset, id)!.names;

describe('productHeading', () => {
  it('leads with the Latin brand, then INN and code', () => {
    expect(productHeading(names('idecabtagene-vicleucel'), 'x', 'en')).toEqual({
      primary: 'Abecma',
      secondary: ['idecabtagene vicleucel', 'bb2121'],
      otherScript: [],
    });
    // A Chinese generic name beside a Latin brand comes after the brand.
    expect(productHeading(names('tisagenlecleucel'), 'x', 'en')).toEqual({
      primary: 'Kymriah',
      secondary: ['tisagenlecleucel', 'CTL019'],
      otherScript: [{ lang: 'zh', text: '替沙仑赛' }],
    });
  });

  it('leads with the INN when the only brand is Chinese, and puts the Chinese name after', () => {
    const heading = productHeading(names('inaticabtagene-autoleucel'), 'x', 'es');
    expect(heading.primary).toBe('inaticabtagene autoleucel');
    expect(heading.otherScript).toEqual([{ text: '源瑞达', lang: 'zh' }]);
  });

  it('leads with the Chinese name for a Chinese reader, the Latin name after it', () => {
    const heading = productHeading(names('relmacabtagene-autoleucel'), 'x', 'zh-CN');
    expect(heading.primary).toBe('倍诺达');
    expect(heading.secondary[0]).toBe('Carteyva');
  });

  it('falls back to the report’s name for a product the dataset no longer has', () => {
    expect(productHeading(undefined, 'Old name', 'en')).toEqual({
      primary: 'Old name',
      secondary: [],
      otherScript: [],
    });
  });
});
