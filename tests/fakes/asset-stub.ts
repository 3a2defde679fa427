/** Jest stand-in for files webpack would emit as URLs. */
export default "asset-stub";
