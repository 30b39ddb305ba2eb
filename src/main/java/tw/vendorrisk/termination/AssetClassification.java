package tw.vendorrisk.termination;

/** How sensitive an information asset is (公開、內部使用、機密、極機密). */
public enum AssetClassification {
    PUBLIC, INTERNAL, CONFIDENTIAL, SECRET
}
