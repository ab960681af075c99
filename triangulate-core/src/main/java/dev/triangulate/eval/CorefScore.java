package dev.triangulate.eval;

/**
 * MUC, B-cubed and CEAF-e of one coreference response against a key, kept as numerators and
 * denominators so that the scores of independent parts (topics) add up to the score of the whole.
 *
 * @param muc    link-based MUC (Vilain et al. 1995)
 * @param bcubed mention-based B-cubed (Bagga and Baldwin 1998)
 * @param ceafe  entity-based CEAF with the phi4 similarity (Luo 2005)
 */
public record CorefScore(Part muc, Part bcubed, Part ceafe) {

    /** Recall = recallHits / recallTotal, precision = precisionHits / precisionTotal; 0 when a total is 0. */
    public record Part(double recallHits, double recallTotal, double precisionHits, double precisionTotal) {

        public double recall() {
            return recallTotal == 0 ? 0 : recallHits / recallTotal;
        }

        public double precision() {
            return precisionTotal == 0 ? 0 : precisionHits / precisionTotal;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Part plus(Part o) {
            return new Part(recallHits + o.recallHits, recallTotal + o.recallTotal, precisionHits + o.precisionHits,
                    precisionTotal + o.precisionTotal);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f", precision(), recall(), f1());
        }
    }

    public static final CorefScore EMPTY = new CorefScore(new Part(0, 0, 0, 0), new Part(0, 0, 0, 0), new Part(0, 0, 0, 0));

    /** The CoNLL F1: the mean of the MUC, B-cubed and CEAF-e F1. */
    public double conll() {
        return (muc.f1() + bcubed.f1() + ceafe.f1()) / 3;
    }

    /** The score of this part and another, independent one (no cluster spans both). */
    public CorefScore plus(CorefScore o) {
        return new CorefScore(muc.plus(o.muc), bcubed.plus(o.bcubed), ceafe.plus(o.ceafe));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "CoNLL F1 %.3f (MUC %s; B3 %s; CEAF-e %s)", conll(), muc, bcubed, ceafe);
    }
}
