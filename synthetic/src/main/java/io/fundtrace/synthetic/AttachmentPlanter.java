package io.fundtrace.synthetic;

/** DOC_NOT_ATTACHED: background indicators whose scanned document was never uploaded. */
final class AttachmentPlanter {
    private final PlantContext context;

    AttachmentPlanter(PlantContext context) {
        this.context = context;
    }

    void plant() {
        for (int i = 0; i < 3 * context.times(); i++) {
            Indicator indicator = context.untouchedBackground().withoutAttachment();
            context.model.replace(indicator);
            context.warn(Grain.indicator("DOC_NOT_ATTACHED", "blue", indicator, indicator.povertyAmount(), null, null));
        }
    }
}
