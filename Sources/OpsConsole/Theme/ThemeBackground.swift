/// The terminal background a theme is made for (theme key `variant: dark|light`), and
/// the background of the terminal the console runs in.
public enum ThemeBackground: String, Sendable, Hashable, CaseIterable {
    case dark, light

    /// The terminal's background: the config's `background:` when set, else from
    /// `COLORFGBG` (`fg;bg`, as rxvt, Konsole and others export it: colours 7 and 9–15
    /// are light), else dark — what nearly every terminal ships with.
    public static func detect(configured: ThemeBackground?, colorFGBG: String?) -> ThemeBackground {
        if let configured { return configured }
        guard let last = colorFGBG?.split(separator: ";").last, let bg = Int(last) else { return .dark }
        return bg == 7 || (9...15).contains(bg) ? .light : .dark
    }
}
