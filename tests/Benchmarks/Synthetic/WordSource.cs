namespace Catalogue.Benchmarks.Synthetic;

/// <summary>
/// Neutral English words and the names and phrases made from them. All synthetic text is drawn word by
/// word from this fixed list, so it can never reproduce a sentence of the papers the real content cites.
/// </summary>
internal sealed class WordSource(Random random)
{
    private static readonly string[] Words =
    [
        // The first 48 words double as tags and industries.
        "energy", "transport", "retail", "health", "finance", "water", "textiles", "software", "mining", "food",
        "logistics", "housing", "media", "farming", "printing", "shipping", "aviation", "chemicals", "education", "insurance",
        "tourism", "forestry", "paper", "steel", "glass", "rail", "telecom", "packaging", "furniture", "machinery",
        "service", "design", "trust", "pricing", "contracts", "data", "learning", "quality", "safety", "platform",
        "network", "risk", "people", "process", "strategy", "outcome", "partnership", "governance",
        "account", "action", "advice", "agenda", "agreement", "aim", "analysis", "answer", "approach", "area",
        "asset", "attention", "audit", "balance", "basis", "batch", "benefit", "board", "bond", "brief",
        "budget", "bundle", "buyer", "capacity", "case", "centre", "chain", "change", "channel", "choice",
        "circle", "claim", "client", "cluster", "column", "comfort", "commitment", "community", "company", "concept",
        "condition", "conduct", "context", "control", "cost", "council", "course", "craft", "credit", "culture",
        "customer", "cycle", "deal", "decision", "delivery", "demand", "desk", "detail", "dialogue", "direction",
        "display", "distance", "draft", "effort", "element", "engine", "estimate", "event", "evidence", "exchange",
        "experience", "factor", "feature", "field", "figure", "floor", "focus", "forum", "frame", "function",
        "gain", "goal", "ground", "group", "growth", "guide", "habit", "handover", "harbour", "horizon",
        "idea", "impact", "input", "insight", "interest", "issue", "item", "journey", "judgement", "kitchen",
        "knowledge", "label", "ladder", "layer", "lead", "ledger", "level", "licence", "limit", "line",
        "link", "list", "load", "loop", "machine", "manager", "map", "margin", "market", "matter",
        "measure", "meeting", "memory", "method", "mill", "mission", "moment", "motive", "move", "need",
        "notice", "object", "offer", "office", "opening", "option", "order", "owner", "pace", "panel",
        "part", "path", "pattern", "period", "phase", "picture", "piece", "pilot", "place", "plan",
        "plant", "point", "policy", "pool", "position", "practice", "premise", "pressure", "principle", "priority",
        "problem", "product", "profile", "project", "promise", "proposal", "purpose", "question", "range", "rate",
        "reason", "record", "region", "relation", "report", "request", "resource", "result", "review", "rhythm",
        "role", "room", "route", "routine", "rule", "sample", "scale", "schedule", "scope", "season",
        "sector", "segment", "sense", "sequence", "session", "setting", "share", "shift", "signal", "site",
        "skill", "solution", "source", "space", "span", "stage", "standard", "step", "stock", "story",
        "structure", "study", "style", "supply", "support", "survey", "system", "table", "target", "task",
        "team", "term", "test", "theme", "thread", "ticket", "timeline", "tool", "topic", "track",
        "trade", "trial", "unit", "usage", "value", "venture", "version", "view", "voice", "volume",
        "week", "window", "work", "workshop", "yard", "zone",
        "active", "annual", "basic", "broad", "careful", "central", "clear", "close", "common", "complex",
        "concrete", "constant", "direct", "early", "equal", "exact", "fair", "final", "firm", "formal",
        "frequent", "full", "general", "gradual", "joint", "large", "lasting", "local", "main", "mutual",
        "narrow", "native", "open", "plain", "practical", "prior", "public", "quiet", "rapid", "regular",
        "shared", "short", "simple", "single", "small", "social", "stable", "steady", "strong", "technical",
        "agree", "allow", "arrange", "assess", "build", "carry", "check", "collect", "compare",
        "connect", "count", "create", "deliver", "describe", "develop", "divide", "draw", "engage", "explain",
        "extend", "follow", "gather", "handle", "hold", "improve", "include", "join", "keep",
        "listen", "maintain", "manage", "meet", "mention", "mix", "name", "note", "observe",
        "organize", "prepare", "present", "produce", "protect", "provide", "reach",
        "reduce", "repair", "replace", "select", "serve", "settle", "shape",
        "show", "sort", "start", "suggest", "train",
        "across", "after", "along", "around", "before", "between", "during", "through", "toward", "within",
        "again", "also", "always", "often", "rarely", "slowly", "together", "usually", "where", "while",
    ];

    /// <summary>The head of the list, from which tags and industries come, so they give few search facets, as the real ones do.</summary>
    private static readonly string[] Facets = Words[..48];

    private static readonly string[] Regions =
    [
        "Northern Europe", "Western Europe", "Southern Europe", "Central Europe", "North America", "South America",
        "East Asia", "South Asia", "Australia", "Southern Africa", "Middle East", "Global",
    ];

    public string Word() => Words[random.Next(Words.Length)];

    public string Industry() => Capitalize(Facets[random.Next(Facets.Length)]);

    public string[] Tags(int count) => random.Draw(Facets, count);

    public string Region() => Regions[random.Next(Regions.Length)];

    public string Phrase(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word()));

    /// <summary>A sentence-case title: "Harbour ledger review".</summary>
    public string Title(int count) => Capitalize(Phrase(count));

    /// <summary>A proper name with every word capitalized: "Harbour Ledger".</summary>
    public string Name(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Capitalize(Word())));

    public static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
