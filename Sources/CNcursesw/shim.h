#ifndef ORBITOPS_CNCURSESW_SHIM_H
#define ORBITOPS_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <ncursesw/curses.h>

// Wrappers for what Swift cannot import: macros and mutable globals.
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline int cnc_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int cnc_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int cnc_key_f(int n) { return KEY_F(n); }

static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_blink(void) { return A_BLINK; }
static inline attr_t cnc_a_italic(void) { return A_ITALIC; }

static inline int cnc_key_resize(void) { return KEY_RESIZE; }
static inline int cnc_err(void) { return ERR; }
static inline int cnc_key_code_yes(void) { return KEY_CODE_YES; }

/// Writes one wide character with attributes and a colour pair at (y, x) on stdscr.
static inline int cnc_put_cell(int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, (short)pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

static inline int cnc_get_wch(WINDOW *w, wint_t *out) { return wget_wch(w, out); }

static inline int cnc_init_extended_pair(int pair, int fg, int bg) { return init_extended_pair(pair, fg, bg); }
static inline int cnc_init_extended_color(int color, int r, int g, int b) { return init_extended_color(color, r, g, b); }

static inline int cnc_key_mouse(void) { return KEY_MOUSE; }

/// Turns on reports of left-button presses and the wheel (no motion); 1 when the
/// terminal can report any of them.
static inline int cnc_mouse_on(void) {
    mouseinterval(0);
    mmask_t wanted = BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    wanted |= BUTTON5_PRESSED;
#endif
    return mousemask(wanted, NULL) != 0;
}

/// Turns mouse reports off again (the terminal's own selection works).
static inline void cnc_mouse_off(void) { mousemask(0, NULL); }

/// Reads the pending mouse event into (x, y): 1 left click, 2 wheel up, 3 wheel down,
/// 0 another button, -1 none.
static inline int cnc_get_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *x = event.x;
    *y = event.y;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 2;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 3;
#endif
    return 0;
}

#endif
