// The bundled reference dataset as plain JSON. One product per file in products/; add the
// import and the array entry when adding a product (tests/dataset/ fails if a file is missing).
import meta from './meta.json';
import targets from './targets.json';
import conditions from './conditions.json';
import nalotimageneCarmaleucel from './products/nalotimagene-carmaleucel.json';
import sipuleucelT from './products/sipuleucel-t.json';
import tabelecleucel from './products/tabelecleucel.json';
import anbalcabtageneAutoleucel from './products/anbalcabtagene-autoleucel.json';
import actalycabtageneAutoleucel from './products/actalycabtagene-autoleucel.json';
import afamitresgeneAutoleucel from './products/afamitresgene-autoleucel.json';
import anitocabtageneAutoleucel from './products/anitocabtagene-autoleucel.json';
import axicabtageneCiloleucel from './products/axicabtagene-ciloleucel.json';
import beCar7 from './products/be-car7.json';
import brexucabtageneAutoleucel from './products/brexucabtagene-autoleucel.json';
import ciltacabtageneAutoleucel from './products/ciltacabtagene-autoleucel.json';
import cretostimogeneGrenadenorepvec from './products/cretostimogene-grenadenorepvec.json';
import equecabtageneAutoleucel from './products/equecabtagene-autoleucel.json';
import h101 from './products/h101.json';
import idecabtageneVicleucel from './products/idecabtagene-vicleucel.json';
import inaticabtageneAutoleucel from './products/inaticabtagene-autoleucel.json';
import letetresgeneAutoleucel from './products/letetresgene-autoleucel.json';
import lifileucel from './products/lifileucel.json';
import lisocabtageneMaraleucel from './products/lisocabtagene-maraleucel.json';
import nadofarageneFiradenovec from './products/nadofaragene-firadenovec.json';
import obecabtageneAutoleucel from './products/obecabtagene-autoleucel.json';
import pcar19b from './products/pcar-19b.json';
import recombinantHumanP53Adenovirus from './products/recombinant-human-p53-adenovirus.json';
import relmacabtageneAutoleucel from './products/relmacabtagene-autoleucel.json';
import satricabtageneAutoleucel from './products/satricabtagene-autoleucel.json';
import talimogeneLaherparepvec from './products/talimogene-laherparepvec.json';
import teserpaturev from './products/teserpaturev.json';
import tisagenlecleucel from './products/tisagenlecleucel.json';
import utzhefra from './products/utzhefra.json';
import varnimcabtageneAutoleucel from './products/varnimcabtagene-autoleucel.json';
import vusolimogeneOderparepvec from './products/vusolimogene-oderparepvec.json';
import zevorcabtageneAutoleucel from './products/zevorcabtagene-autoleucel.json';

export const rawDataset = {
  meta,
  targets,
  conditions,
  products: [
    nalotimageneCarmaleucel,
    sipuleucelT,
    tabelecleucel,
    anbalcabtageneAutoleucel,
    actalycabtageneAutoleucel,
    afamitresgeneAutoleucel,
    anitocabtageneAutoleucel,
    axicabtageneCiloleucel,
    beCar7,
    brexucabtageneAutoleucel,
    ciltacabtageneAutoleucel,
    cretostimogeneGrenadenorepvec,
    equecabtageneAutoleucel,
    h101,
    idecabtageneVicleucel,
    inaticabtageneAutoleucel,
    letetresgeneAutoleucel,
    lifileucel,
    lisocabtageneMaraleucel,
    nadofarageneFiradenovec,
    obecabtageneAutoleucel,
    pcar19b,
    recombinantHumanP53Adenovirus,
    relmacabtageneAutoleucel,
    satricabtageneAutoleucel,
    talimogeneLaherparepvec,
    teserpaturev,
    tisagenlecleucel,
    utzhefra,
    varnimcabtageneAutoleucel,
    vusolimogeneOderparepvec,
    zevorcabtageneAutoleucel,
  ],
};
