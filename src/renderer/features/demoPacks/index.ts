export { DemoPacksSection } from './DemoPacksSection';
export { ServedPacksLine } from './ServedPacksLine';
