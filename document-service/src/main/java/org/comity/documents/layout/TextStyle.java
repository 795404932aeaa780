package org.comity.documents.layout;

/**
 * Size, weight and grey level of text. Line height is generous (1.45 em) because Burmese stacks
 * marks above and below the base line.
 */
public record TextStyle(float size, boolean bold, float grey) {

    public static final TextStyle BODY = new TextStyle(9.5f, false, 0f);

    public static final TextStyle BODY_BOLD = new TextStyle(9.5f, true, 0f);

    public static final TextStyle SMALL = new TextStyle(7.5f, false, 0.25f);

    public static final TextStyle SMALL_BOLD = new TextStyle(7.5f, true, 0f);

    public static final TextStyle LABEL = new TextStyle(8.5f, false, 0.3f);

    public static final TextStyle HEADING = new TextStyle(11.5f, true, 0f);

    public static final TextStyle TITLE = new TextStyle(16f, true, 0f);

    public float lineHeight() {
        return size * 1.45f;
    }
}
