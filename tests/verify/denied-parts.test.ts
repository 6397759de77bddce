// A denial that names patients or a line ("not approved for children", "not in first line") is
// refuted only by an approval covering them, agrees with the records when every recorded approval
// leaves them out, and stays open otherwise; a denial naming no regulator is refuted only by the
// FDA or the EMA (TherapyLens does not know which market the page speaks of).
import { describe, expect, it } from 'vitest';
import { verified } from './helpers';

const verdicts = (text: string) =>
  verified(text)
    .filter((c) => c.kind === 'indication' || c.kind === 'approval')
    .map((c) => `${c.kind}:${c.productId}:${c.verdict}`);

describe('denials of a use by its patients or line', () => {
  it('agrees when every recorded approval is for other patients', () => {
    expect(verdicts('Tecelra is not approved for children or teenagers under 18.')).toEqual([
      'indication:afamitresgene-autoleucel:consistent',
      'approval:afamitresgene-autoleucel:consistent',
    ]);
    // The disease is approved, the patients are not: no false alarm on the disease alone.
    expect(verdicts('Tecelra is not approved for synovial sarcoma in children.')).toEqual([
      'indication:afamitresgene-autoleucel:consistent',
      'approval:afamitresgene-autoleucel:consistent',
    ]);
  });

  it('agrees when every recorded approval needs earlier lines, in each language', () => {
    expect(
      verdicts("Carvykti est autorisé dans le myélome. Il n'est pas autorisé en première ligne."),
    ).toContain('indication:ciltacabtagene-autoleucel:consistent');
    expect(verdicts('Ni Tecartus ni Breyanzi están autorizados en primera línea del LCM.')).toEqual([
      'approval:brexucabtagene-autoleucel:consistent',
      'approval:lisocabtagene-maraleucel:consistent',
      'indication:brexucabtagene-autoleucel:consistent',
      'indication:lisocabtagene-maraleucel:consistent',
    ]);
  });

  it('reads "cannot be used in" as a denial of that use', () => {
    expect(verdicts('Tecelra cannot be used in children.')).toEqual([
      'indication:afamitresgene-autoleucel:consistent',
    ]);
  });

  it('calls a denial different when an FDA or EMA approval covers that line', () => {
    expect(verdicts('Yescarta is not approved for second-line DLBCL.')).toEqual([
      'indication:axicabtagene-ciloleucel:differs',
      'approval:axicabtagene-ciloleucel:differs',
    ]);
  });

  it('leaves it open when a record does not say which lines it covers', () => {
    expect(verdicts('Kymriah ist für die Zweitlinie nicht zugelassen.')).toEqual([
      'indication:tisagenlecleucel:unverified',
      'approval:tisagenlecleucel:unverified',
    ]);
  });
});

describe('denials carried by the subject', () => {
  it('reads "none of the two" and "neither" as denying each product the sentence before named', () => {
    const named = 'Abecma et Carvykti sont autorisés dans le myélome multiple. ';
    for (const denial of [
      "À retenir : aucun des deux n'est autorisé en première ligne.",
      'Ninguno de los dos está aprobado en primera línea.',
      'Wichtig: Keines der beiden ist in der Erstlinie zugelassen.',
      'Nenhum dos dois está aprovado em primeira linha.',
      'Neither is approved as first-line therapy.',
    ]) {
      const found = verified(named + denial).filter((c) => c.text === denial);
      expect(found.map((c) => `${c.kind}:${c.productId}:${c.verdict}`).sort(), denial).toEqual([
        'approval:ciltacabtagene-autoleucel:consistent',
        'approval:idecabtagene-vicleucel:consistent',
        'indication:ciltacabtagene-autoleucel:consistent',
        'indication:idecabtagene-vicleucel:consistent',
      ]);
    }
  });

  it('keeps "ne … que" a restriction, not a denial', () => {
    expect(verdicts("Kymriah n'est autorisé qu'après deux lignes de traitement.")).toContain(
      'indication:tisagenlecleucel:consistent',
    );
    // The restriction may come after the place and the disease.
    const far = verdicts("Tecartus n'est autorisé en Europe dans la LAL-B qu'à partir de 26 ans.");
    expect(far).toContain('approval:brexucabtagene-autoleucel:consistent');
    expect(far.filter((v) => /differs|not-approved/.test(v))).toEqual([]);
  });
});

describe('denials for patients within a broader disease', () => {
  it('agrees when every approval for a kind of the disease leaves those patients out', () => {
    // Both products are approved for adult B-ALL only; "leukaemia" is broader than that.
    expect(
      verdicts('Ou seja, o Tecartus e o Aucatzyl não estão indicados para crianças com leucemia.'),
    ).toEqual([
      'indication:brexucabtagene-autoleucel:consistent',
      'indication:obecabtagene-autoleucel:consistent',
    ]);
  });

  it('stays open when the patients are not named', () => {
    expect(verdicts('Aucatzyl não está indicado para leucemia.')).toEqual([
      'indication:obecabtagene-autoleucel:unverified',
    ]);
  });
});

describe("a denial under a country's registration", () => {
  it("is that regulator's, which TherapyLens cannot settle, not an outdated FDA limitation", () => {
    expect(
      verdicts(
        'Under its Australian registration, Yescarta is not indicated for primary central nervous system lymphoma.',
      ),
    ).toEqual(['indication:axicabtagene-ciloleucel:unverified']);
  });
});

describe('German denials that put the negator after the word or outside it', () => {
  it('reads "zugelassen ist es bislang nirgends" and "steht eine Zulassung noch aus" as not approved', () => {
    expect(verdicts('Anito-cel ist ein BCMA-CAR-T; zugelassen ist es bislang nirgends.')).toEqual([
      'approval:anitocabtagene-autoleucel:consistent',
    ]);
    expect(verdicts('Für Lete-cel steht eine Zulassung noch aus.')).toEqual([
      'approval:letetresgene-autoleucel:consistent',
    ]);
  });
});

describe('a denial after a contrast', () => {
  it("takes the regulator of its own clause, not the approval's before the contrast", () => {
    expect(
      verdicts(
        '참고로 브레얀지(리소캅타젠마라류셀)는 미국에서는 2022년부터 2차 치료에 쓰이지만 국내에서는 아직 허가되지 않았습니다.',
      ),
    ).toEqual([
      // "미국에서는 2022년부터 2차 치료에 쓰이지만": the FDA's second-line approval of June 2022, and its use.
      'approval:lisocabtagene-maraleucel:consistent',
      'indication:lisocabtagene-maraleucel:consistent',
      // The denial after "지만" is the MFDS's, which TherapyLens cannot settle.
      'approval:lisocabtagene-maraleucel:unverified',
    ]);
  });

  it('gives the denial its own claim beside the approval before the contrast, with its own evidence', () => {
    expect(verdicts('Breyanzi is approved in the US, but it has not been approved in Korea.')).toEqual([
      'approval:lisocabtagene-maraleucel:consistent',
      'approval:lisocabtagene-maraleucel:unverified',
    ]);
    // The MFDS approved Kymriah in March 2021: a denial the records refute.
    expect(verdicts('Kymriah is approved in the US, but it is not approved in Korea.')).toEqual([
      'approval:tisagenlecleucel:consistent',
      'approval:tisagenlecleucel:differs',
    ]);
    // A denial of a use, not of a regulator, stays inside the approval ("but not for children").
    expect(verdicts('Kymriah is approved in the US, but not for children with lymphoma.')).toHaveLength(1);
  });

  it('leaves the patients after ", but not for" out of the approval', () => {
    expect(verdicts('Kymriah is approved in the US, but not for children with lymphoma.')).toEqual([
      'approval:tisagenlecleucel:consistent',
    ]);
  });
});

describe('negators that coordinate or say "without"', () => {
  it('reads "nem aprovação", "sem aprovação" and "ainda em estudo" as no approval', () => {
    expect(
      verdicts(
        'Produtos ainda em estudo, como o anito-cel para mieloma, não têm registro na Anvisa nem aprovação da FDA.',
      ),
    ).not.toContainEqual(expect.stringMatching(/not-approved|differs/));
    expect(
      verdicts(
        'O RP1 (vusolimogene oderparepvec) recebeu uma carta de resposta completa da FDA em julho de 2025 e continua sem aprovação.',
      ),
    ).toEqual(['approval:vusolimogene-oderparepvec:consistent']);
  });
});

describe('a line the records that state lines disagree with', () => {
  it('is not confirmed by a record silent on lines ("como segunda línea")', () => {
    expect(
      verdicts(
        'Kymriah está aprobado para el linfoma difuso de células B grandes en primera recaída, es decir, como segunda línea.',
      ),
    ).toContain('indication:tisagenlecleucel:unverified');
  });

  it('reads "可作为一线治疗" as first line, which the FDA label does not cover', () => {
    expect(
      verdicts(
        'Amtagvi适用人群：不可切除或转移性黑色素瘤的成人患者，可作为一线治疗，无需先使用 PD-1 抑制剂。',
      ),
    ).toContain('indication:lifileucel:differs');
  });

  it('reads "n\'est pas indiqué en deuxième ligne" as a denial the FDA and EMA records agree with', () => {
    expect(verdicts("Kymriah n'est pas indiqué en deuxième ligne du LDGCB.")).toContain(
      'indication:tisagenlecleucel:consistent',
    );
  });
});
