package org.comity.documents.layout;

import java.util.List;
import org.comity.documents.fonts.TextRun;

/**
 * One broken line: its runs and its width in points.
 */
record Line(List<TextRun> runs, float width) {}
