export { DemoPacksSection } from './DemoPacksSection';
