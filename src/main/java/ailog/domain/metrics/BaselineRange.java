package ailog.domain.metrics;

/** A share range in whole percent, both ends included: what a rollout without guidance usually sees. */
public record BaselineRange(int lowPercent, int highPercent) {
    public BaselineRange {
        if (lowPercent < 0 || highPercent > 100 || highPercent < lowPercent) {
            throw new IllegalArgumentException(
                    "a baseline is 0–100 %, low first: " + lowPercent + "–" + highPercent);
        }
    }

    /** Compares count ÷ total with the range exactly, in whole numbers, so 3 of 20 is within 10–15 %. */
    public BaselinePosition position(int count, int total) {
        if (total < 1 || count < 0 || count > total) {
            throw new IllegalArgumentException(count + " of " + total + " is not a share");
        }
        if (count * 100L < (long) lowPercent * total) {
            return BaselinePosition.BELOW;
        }
        if (count * 100L > (long) highPercent * total) {
            return BaselinePosition.ABOVE;
        }
        return BaselinePosition.WITHIN;
    }

    @Override
    public String toString() {
        return lowPercent + "–" + highPercent + " %";
    }
}
