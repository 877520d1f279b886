import Foundation

/// What a column (or JSON/XML field) means.
public enum ColumnRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Free text (a review, an open answer). Several text columns are kept apart.
    case text
    case id
    /// A star or satisfaction rating (1–5, 1–10, 1–7…).
    case rating
    /// A 0–10 likelihood to recommend (NPS).
    case recommend
    case date
    /// When the feedback was answered or resolved (for response time).
    case answeredDate = "answered"
    case author
    case brand
    case product
    case store
    case channel
    /// A segment field (region, age band, customer type…); the column name is the segment name.
    case segment
    /// Kept as a plain field.
    case field
    /// Ignored (survey metadata such as IP address, duration).
    case ignore
}

/// Roles the user assigns by column name, from `--map text=COL,rating=COL,segment=COL…`.
///
/// A role may be given several times (`text=Q1,text=Q2`, `segment=Region,segment=Age`).
public struct ColumnMap: Sendable, Hashable {
    /// Role assignments in the order given.
    public var assignments: [(role: ColumnRole, column: String)]

    public init(assignments: [(role: ColumnRole, column: String)] = []) {
        self.assignments = assignments
    }

    public var isEmpty: Bool { assignments.isEmpty }

    /// Parses `text=Comment,rating=Score,segment=Region`.
    /// - Throws: a message naming the bad part.
    public init(parsing spec: String) throws(IngestError) {
        var result: [(ColumnRole, String)] = []
        for part in spec.split(separator: ",", omittingEmptySubsequences: true) {
            guard let eq = part.firstIndex(of: "=") else {
                throw IngestError(.badOption, path: "--map", message: "expected ROLE=COLUMN, found '\(part)'")
            }
            let roleName = part[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let column = part[part.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            guard let role = ColumnRole(rawValue: roleName) else {
                let known = ColumnRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw IngestError(.badOption, path: "--map", message: "unknown role '\(roleName)' (known: \(known))")
            }
            guard !column.isEmpty else {
                throw IngestError(.badOption, path: "--map", message: "role '\(roleName)' names no column")
            }
            result.append((role, column))
        }
        self.assignments = result
    }

    public static func == (a: ColumnMap, b: ColumnMap) -> Bool {
        a.assignments.map(\.role) == b.assignments.map(\.role) && a.assignments.map(\.column) == b.assignments.map(\.column)
    }

    public func hash(into h: inout Hasher) {
        for (r, c) in assignments {
            h.combine(r)
            h.combine(c)
        }
    }
}
